window.CONTRACTSPEC_SEARCH_INDEX = [
  {
    "description": "Add a comment to an approval request.",
    "key": "workflow.approval.comment.add",
    "stability": "stable",
    "text": "workflow.approval.comment.add add a comment to an approval request. operation (command) discuss a request before deciding it, e.g. ask for a missing receipt. approvers and the requester, on the approval page. workflow approval comment @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.approvals/workflow.approval.comment.add.html",
    "version": "1.0.0"
  },
  {
    "description": "Decide a pending approval request.",
    "key": "workflow.approval.decide",
    "stability": "stable",
    "text": "workflow.approval.decide decide a pending approval request. operation (command) approve or reject what a workflow waits for, so that it moves on. the assigned approver, or a holder of the request's role, from their approval inbox. workflow approval decide @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.approvals/workflow.approval.decide.html",
    "version": "1.0.0"
  },
  {
    "description": "Delegate a pending approval request to another user.",
    "key": "workflow.approval.delegate",
    "stability": "stable",
    "text": "workflow.approval.delegate delegate a pending approval request to another user. operation (command) keep approvals moving when the approver cannot decide, e.g. during an absence. the assigned approver, or a holder of the request's role; who delegated is recorded. workflow approval delegate @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.approvals/workflow.approval.delegate.html",
    "version": "1.0.0"
  },
  {
    "description": "Get an approval request.",
    "key": "workflow.approval.get",
    "stability": "stable",
    "text": "workflow.approval.get get an approval request. operation (query) see what is to be approved, the context it was asked in, and its decision. the approval page, opened from the inbox or from the instance. workflow approval get @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.approvals/workflow.approval.get.html",
    "version": "1.0.0"
  },
  {
    "description": "List the approval requests assigned to the caller, directly or through a role.",
    "key": "workflow.approval.list.mine",
    "stability": "stable",
    "text": "workflow.approval.list.mine list the approval requests assigned to the caller, directly or through a role. operation (query) show approvers what waits for their decision. the approver's inbox; oldest pending first. workflow approval list @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.approvals/workflow.approval.list.mine.html",
    "version": "1.1.0"
  },
  {
    "description": "Create a workflow definition as a draft.",
    "key": "workflow.definition.create",
    "stability": "stable",
    "text": "workflow.definition.create create a workflow definition as a draft. operation (command) start designing a new workflow; steps are added before it is published. workflow administrators, in the workflow designer. workflow definition create @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.definitions/workflow.definition.create.html",
    "version": "1.0.0"
  },
  {
    "description": "Get a workflow definition with its steps.",
    "key": "workflow.definition.get",
    "stability": "stable",
    "text": "workflow.definition.get get a workflow definition with its steps. operation (query) see a workflow's whole graph: steps, transitions and approvers. the workflow designer and the instance views. workflow definition get @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.definitions/workflow.definition.get.html",
    "version": "1.0.0"
  },
  {
    "description": "List the workflow definitions of the caller's organization.",
    "key": "workflow.definition.list",
    "stability": "stable",
    "text": "workflow.definition.list list the workflow definitions of the caller's organization. operation (query) find a workflow to edit, publish or start. the workflow catalog and designer; ordered by name. workflow definition list @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.definitions/workflow.definition.list.html",
    "version": "1.1.0"
  },
  {
    "description": "Publish a draft workflow definition after validating its graph.",
    "key": "workflow.definition.publish",
    "stability": "stable",
    "text": "workflow.definition.publish publish a draft workflow definition after validating its graph. operation (command) make a finished workflow available, so instances can be started from it. workflow administrators, when the design of a draft is complete. workflow definition publish @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.definitions/workflow.definition.publish.html",
    "version": "1.0.0"
  },
  {
    "description": "Update the settings of a workflow definition.",
    "key": "workflow.definition.update",
    "stability": "stable",
    "text": "workflow.definition.update update the settings of a workflow definition. operation (command) keep a workflow's name, description, trigger and gating accurate. workflow administrators, in the workflow designer; the steps are edited separately. workflow definition update @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.definitions/workflow.definition.update.html",
    "version": "1.0.0"
  },
  {
    "description": "Cancel a workflow instance that has not finished.",
    "key": "workflow.instance.cancel",
    "stability": "stable",
    "text": "workflow.instance.cancel cancel a workflow instance that has not finished. operation (command) stop a process that is no longer needed, e.g. a withdrawn expense. administrative action; open approval requests are withdrawn. workflow instance cancel @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.instances/workflow.instance.cancel.html",
    "version": "1.0.0"
  },
  {
    "description": "Get a workflow instance.",
    "key": "workflow.instance.get",
    "stability": "stable",
    "text": "workflow.instance.get get a workflow instance. operation (query) see where a process stands: its status, current step and data. the instance page; another organization's instance is not found, never visible. workflow instance get @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.instances/workflow.instance.get.html",
    "version": "1.0.0"
  },
  {
    "description": "List the workflow instances of the caller's organization.",
    "key": "workflow.instance.list",
    "stability": "stable",
    "text": "workflow.instance.list list the workflow instances of the caller's organization. operation (query) track running processes, e.g. every expense approval still waiting. dashboards and the pages of the records that workflows are about; newest first. workflow instance list @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.instances/workflow.instance.list.html",
    "version": "1.1.0"
  },
  {
    "description": "Pause a running or waiting workflow instance.",
    "key": "workflow.instance.pause",
    "stability": "stable",
    "text": "workflow.instance.pause pause a running or waiting workflow instance. operation (command) hold workflow execution without losing its state. administrative action; timers do not fire while the instance is paused. workflow instance pause @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.instances/workflow.instance.pause.html",
    "version": "1.0.0"
  },
  {
    "description": "Resume a paused workflow instance.",
    "key": "workflow.instance.resume",
    "stability": "stable",
    "text": "workflow.instance.resume resume a paused workflow instance. operation (command) continue workflow execution. administrative action. workflow instance resume @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.instances/workflow.instance.resume.html",
    "version": "1.0.0"
  },
  {
    "description": "Start a workflow instance from an active definition.",
    "key": "workflow.instance.start",
    "stability": "stable",
    "text": "workflow.instance.start start a workflow instance from an active definition. operation (command) run a business process, e.g. get an expense approved. any user of the organization, or another system through the api. workflow instance start @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.instances/workflow.instance.start.html",
    "version": "1.0.0"
  },
  {
    "description": "Read a workflow instance's timeline: its events and the audit records of the commands on it.",
    "key": "workflow.instance.timeline",
    "stability": "stable",
    "text": "workflow.instance.timeline read a workflow instance's timeline: its events and the audit records of the commands on it. operation (query) see how a process got where it is: who approved, what moved it, what the system did for whom. the instance page's history; readable by whoever may read the instance, in its organization only. workflow instance history @example.workflow-system",
    "type": "operation (query)",
    "url": "workflow.instances/workflow.instance.timeline.html",
    "version": "1.0.0"
  },
  {
    "description": "Take an action on a workflow instance's current step.",
    "key": "workflow.instance.transition",
    "stability": "stable",
    "text": "workflow.instance.transition take an action on a workflow instance's current step. operation (command) move an instance along its graph, e.g. submit a task. the users who work on the current step; approval steps move through approval decisions. workflow instance transition @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.instances/workflow.instance.transition.html",
    "version": "1.0.0"
  },
  {
    "description": "Add a step to a draft workflow definition.",
    "key": "workflow.step.add",
    "stability": "stable",
    "text": "workflow.step.add add a step to a draft workflow definition. operation (command) build a workflow's graph: its states, who acts in them and where each action leads. workflow administrators, in the workflow designer, before publishing. workflow step add @example.workflow-system",
    "type": "operation (command)",
    "url": "workflow.definitions/workflow.step.add.html",
    "version": "1.0.0"
  },
  {
    "description": "A comment was added to an approval request.",
    "key": "workflow.approval.comment.added",
    "stability": "stable",
    "text": "workflow.approval.comment.added a comment was added to an approval request. event workflow approval comment @example.workflow-system",
    "type": "event",
    "url": "workflow.approvals/workflow.approval.comment.added.html",
    "version": "1.0.0"
  },
  {
    "description": "An approver decided an approval request.",
    "key": "workflow.approval.decided",
    "stability": "stable",
    "text": "workflow.approval.decided an approver decided an approval request. event workflow approval @example.workflow-system",
    "type": "event",
    "url": "workflow.approvals/workflow.approval.decided.html",
    "version": "1.0.0"
  },
  {
    "description": "An approval request was handed to another approver.",
    "key": "workflow.approval.delegated",
    "stability": "stable",
    "text": "workflow.approval.delegated an approval request was handed to another approver. event workflow approval @example.workflow-system",
    "type": "event",
    "url": "workflow.approvals/workflow.approval.delegated.html",
    "version": "1.0.0"
  },
  {
    "description": "An approval request stayed open past its step's SLA; emitted by the engine's timers.",
    "key": "workflow.approval.escalated",
    "stability": "stable",
    "text": "workflow.approval.escalated an approval request stayed open past its step's sla; emitted by the engine's timers. event workflow approval timer @example.workflow-system",
    "type": "event",
    "url": "workflow.approvals/workflow.approval.escalated.html",
    "version": "1.0.0"
  },
  {
    "description": "An approver was asked to decide: an instance entered an approval step.",
    "key": "workflow.approval.requested",
    "stability": "stable",
    "text": "workflow.approval.requested an approver was asked to decide: an instance entered an approval step. event workflow approval @example.workflow-system",
    "type": "event",
    "url": "workflow.approvals/workflow.approval.requested.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow definition was created as a draft, revision 1.",
    "key": "workflow.definition.created",
    "stability": "stable",
    "text": "workflow.definition.created a workflow definition was created as a draft, revision 1. event workflow definition @example.workflow-system",
    "type": "event",
    "url": "workflow.definitions/workflow.definition.created.html",
    "version": "1.0.0"
  },
  {
    "description": "A draft passed graph validation and became active; instances can now start.",
    "key": "workflow.definition.published",
    "stability": "stable",
    "text": "workflow.definition.published a draft passed graph validation and became active; instances can now start. event workflow definition @example.workflow-system",
    "type": "event",
    "url": "workflow.definitions/workflow.definition.published.html",
    "version": "1.0.0"
  },
  {
    "description": "The settings of a workflow definition changed.",
    "key": "workflow.definition.updated",
    "stability": "stable",
    "text": "workflow.definition.updated the settings of a workflow definition changed. event workflow definition @example.workflow-system",
    "type": "event",
    "url": "workflow.definitions/workflow.definition.updated.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance was cancelled with a reason; its open approvals are withdrawn.",
    "key": "workflow.instance.cancelled",
    "stability": "stable",
    "text": "workflow.instance.cancelled a workflow instance was cancelled with a reason; its open approvals are withdrawn. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.cancelled.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance reached an end step.",
    "key": "workflow.instance.completed",
    "stability": "stable",
    "text": "workflow.instance.completed a workflow instance reached an end step. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.completed.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance failed: an action step failed with no 'failure' transition.",
    "key": "workflow.instance.failed",
    "stability": "stable",
    "text": "workflow.instance.failed a workflow instance failed: an action step failed with no 'failure' transition. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.failed.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance was paused; its timers stop until it is resumed.",
    "key": "workflow.instance.paused",
    "stability": "stable",
    "text": "workflow.instance.paused a workflow instance was paused; its timers stop until it is resumed. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.paused.html",
    "version": "1.0.0"
  },
  {
    "description": "A paused workflow instance was resumed in the status it had before the pause.",
    "key": "workflow.instance.resumed",
    "stability": "stable",
    "text": "workflow.instance.resumed a paused workflow instance was resumed in the status it had before the pause. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.resumed.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance was started from an active definition.",
    "key": "workflow.instance.started",
    "stability": "stable",
    "text": "workflow.instance.started a workflow instance was started from an active definition. event workflow instance @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.started.html",
    "version": "1.0.0"
  },
  {
    "description": "A step's timer ran out with no 'timeout' transition; emitted by the engine's timers.",
    "key": "workflow.instance.timed-out",
    "stability": "stable",
    "text": "workflow.instance.timed-out a step's timer ran out with no 'timeout' transition; emitted by the engine's timers. event workflow instance timer @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.instance.timed-out.html",
    "version": "1.0.0"
  },
  {
    "description": "A step was added to a draft workflow definition.",
    "key": "workflow.step.added",
    "stability": "stable",
    "text": "workflow.step.added a step was added to a draft workflow definition. event workflow definition step @example.workflow-system",
    "type": "event",
    "url": "workflow.definitions/workflow.step.added.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance entered a step.",
    "key": "workflow.step.entered",
    "stability": "stable",
    "text": "workflow.step.entered a workflow instance entered a step. event workflow instance step @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.step.entered.html",
    "version": "1.0.0"
  },
  {
    "description": "A workflow instance left a step.",
    "key": "workflow.step.exited",
    "stability": "stable",
    "text": "workflow.step.exited a workflow instance left a step. event workflow instance step @example.workflow-system",
    "type": "event",
    "url": "workflow.instances/workflow.step.exited.html",
    "version": "1.0.0"
  },
  {
    "description": "Decide approval requests (any, all, majority or sequential), delegate and comment on them; overdue requests escalate.",
    "key": "workflow.approvals",
    "stability": "stable",
    "text": "workflow.approvals decide approval requests (any, all, majority or sequential), delegate and comment on them; overdue requests escalate. feature workflow approvals workflow approval @example.workflow-system",
    "type": "feature",
    "url": "workflow.approvals/workflow.approvals.html",
    "version": "1.1.0"
  },
  {
    "description": "Design workflows: create drafts, add steps, publish after graph validation, list and read.",
    "key": "workflow.definitions",
    "stability": "stable",
    "text": "workflow.definitions design workflows: create drafts, add steps, publish after graph validation, list and read. feature workflow definitions workflow definition @example.workflow-system",
    "type": "feature",
    "url": "workflow.definitions/workflow.definitions.html",
    "version": "1.1.0"
  },
  {
    "description": "Run workflows: start instances, take actions, pause, resume and cancel them; timers time steps out.",
    "key": "workflow.instances",
    "stability": "stable",
    "text": "workflow.instances run workflows: start instances, take actions, pause, resume and cancel them; timers time steps out. feature workflow instances workflow instance @example.workflow-system",
    "type": "feature",
    "url": "workflow.instances/workflow.instances.html",
    "version": "1.2.0"
  }
];
