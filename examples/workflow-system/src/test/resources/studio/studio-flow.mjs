// Drives the Studio in the system Chromium through Playwright: the expense approval by the manager
// then finance (with a second tab watching the instance advance live), the catalog's resume page,
// "try it" with a bad input, and axe-core on every page. Prints one JSON line of results; the Java
// test asserts on them. Any step that does not happen within its timeout fails the run.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const env = process.env;
const base = env.BASE_URL + '/studio/';
const instance = env.INSTANCE_ID;
mkdirSync(env.SHOTS, { recursive: true });

const context = await chromium.launchPersistentContext(env.PROFILE, {
  executablePath: env.CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 900 },
  bypassCSP: true, // lets axe-core be injected; the Studio itself runs under its own policy in every other respect
});
context.setDefaultTimeout(20000);
const startedAt = Date.now();
const results = { pages: [], apiCalls: [] };

async function check(page, name, fullPage = true) {
  await page.addScriptTag({ content: axeSource });
  const report = await page.evaluate(async () => {
    const run = await window.axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  await page.screenshot({ path: join(env.SHOTS, name + '.png'), fullPage });
  results.pages.push({ name, url: page.url(), violations: report });
}

async function signIn(page, token) {
  await page.goto(base + '#/signin');
  await page.waitForSelector('#token');
  if (await page.$('#sign-out')) {
    await page.click('#sign-out');
    await page.waitForSelector('#token');
  }
  await page.fill('#token', token);
  await page.click('#sign-in');
  await page.waitForSelector('#pending-count');
}

async function approveFromMyApprovals(page) {
  const card = `li.card[data-instance="${instance}"]`;
  await page.waitForSelector(card);
  await page.click(`${card} button[data-decision="approve"]`);
  await page.waitForSelector('#approval-result:has-text("Approved.")');
  return page.textContent('#approval-result');
}

try {
  const page = await context.newPage();
  page.on('request', (request) => { if (request.url().includes('/api/')) results.apiCalls.push(request.method() + ' ' + new URL(request.url()).pathname); });

  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#results li');
  await page.keyboard.press('Tab');
  results.firstTab = await page.evaluate(() => document.activeElement.textContent);
  await check(page, 'catalog');
  await page.fill('#q', 'resume');
  await page.selectOption('#f-type', 'operation');
  results.searchResumeOperations = await page.$$eval('#results li', (items) => items.map((li) => li.dataset.key));
  await page.goto(base + '#/signin');
  await page.waitForSelector('#token');
  await check(page, 'signin');

  // A second tab, signed in as the manager too, watches the instance while it advances.
  const watcher = await context.newPage();
  await signIn(watcher, env.MANAGER_TOKEN);
  await watcher.goto(base + '#/instances/' + instance);
  await watcher.waitForSelector('#instance-step:text-is("manager-approval")');

  await signIn(page, env.MANAGER_TOKEN);
  await check(page, 'approvals');
  const managerCard = `li.card[data-instance="${instance}"]`;
  await page.fill(`${managerCard} textarea`, 'Receipt looks fine');
  await page.click(`${managerCard} button:text-is("Add comment")`);
  await page.waitForSelector('#approval-result');
  results.commentResult = await page.textContent('#approval-result');
  results.managerResult = await approveFromMyApprovals(page);
  await watcher.waitForSelector('#instance-step:text-is("finance-approval")');
  // The timeline (workflow.instance.timeline) gained the decision and what it caused, appended live.
  await watcher.waitForSelector('#timeline li.live[data-name="workflow.step.entered"]:has-text("finance-approval")');
  results.watcherLive = await watcher.evaluate(() => document.body.dataset.live);
  results.watcherAfterManager = await watcher.textContent('#instance-facts');
  results.watcherTimeline = await watcher.textContent('#timeline');
  results.watcherTimelineKinds = await watcher.$$eval('#timeline li', (items) => items.map((li) => li.dataset.kind + ' ' + li.dataset.name));
  results.watcherLiveEntries = await watcher.$$eval('#timeline li.live', (items) => items.length);
  await watcher.locator('#timeline').screenshot({ path: join(env.SHOTS, 'instance-timeline.png') });
  await check(watcher, 'instance-at-finance');

  results.managerActions = await watcher.textContent('#actions-h + *');

  // The requester started the instances, so it may pause and resume them.
  await signIn(page, env.REQUESTER_TOKEN);
  await page.goto(base + '#/instances/' + env.SECOND_INSTANCE_ID);
  await page.waitForSelector('#reason-pause');
  await page.fill('#reason-pause', 'Receipt missing');
  await page.click('form.action:has(#reason-pause) button');
  await page.waitForSelector('#instance-status .badge.paused');
  await page.fill('#reason-resume', 'Receipt attached');
  await page.click('form.action:has(#reason-resume) button');
  await page.waitForSelector('#instance-status .badge.waiting');
  await page.waitForSelector('#timeline li[data-kind="event"][data-name="workflow.instance.resumed"]');
  results.pauseResumeTimeline = await page.textContent('#timeline');
  await check(page, 'instance-resumed');

  await signIn(page, env.FINANCE_TOKEN);
  results.financeResult = await approveFromMyApprovals(page);
  await page.click('#approval-result a');
  await page.waitForSelector('#instance-status .badge.completed');
  results.finalStatus = await page.textContent('#instance-status');
  await watcher.waitForSelector('#instance-status .badge.completed');
  await check(page, 'instance-completed');

  await page.goto(base + '#/workflows');
  await page.waitForSelector('table:has(caption:text-is("Workflow definitions"))');
  await check(page, 'workflows');
  await page.click('text=Expense Approval');
  await page.waitForSelector('svg.graph .node');
  results.graphSteps = await page.$$eval('svg.graph .node', (nodes) => nodes.map((n) => n.dataset.step));
  await check(page, 'workflow-graph');

  await page.goto(base + '#/instances?workflowKey=expense-approval&status=completed');
  await page.waitForSelector('table:has(caption:text-is("Workflow instances")) tbody tr');
  results.completedInstances = await page.$$eval('table tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
  await check(page, 'instances');

  await page.goto(base + '#/governance');
  await page.waitForSelector('#lint-total');
  await check(page, 'governance');

  await page.goto(base + '#/model/WorkflowInstance');
  await page.waitForSelector('.schema');
  await check(page, 'model');

  await page.goto(base + '#/spec/operation/workflow.instance.resume/1.0.0');
  await page.waitForSelector('#source-definition');
  results.specText = await page.innerText('main');
  await check(page, 'spec-resume');

  const before = results.apiCalls.length;
  await page.fill('#tryit-reason', 'Issue resolved');
  await page.click('#tryit-send');
  await page.waitForSelector('#tryit-instanceId-issue:not(:empty)');
  results.tryItIssue = await page.textContent('#tryit-instanceId-issue');
  results.tryItInvalidField = await page.getAttribute('#tryit-instanceId', 'aria-invalid');
  results.tryItCallsWhenInvalid = results.apiCalls.length - before;
  await page.locator('.tryit').screenshot({ path: join(env.SHOTS, 'tryit-invalid.png') });
  await page.fill('#tryit-instanceId', 'inst-missing');
  await page.click('#tryit-send');
  await page.waitForSelector('#tryit-status');
  results.tryItServerAnswer = await page.textContent('#tryit-status');
  await check(page, 'tryit-answered');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + '#/approvals');
  await page.waitForSelector('#pending-count');
  await check(page, 'approvals-phone', false);
  await page.goto(base + '#/spec/operation/workflow.instance.resume/1.0.0');
  await page.waitForSelector('#source-definition');
  results.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  results.phoneWideElements = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('pre, .scroll'))
    .slice(0, 5).map((el) => el.tagName + '.' + el.className + ' ' + (el.textContent || '').slice(0, 60)));
  await check(page, 'spec-phone', false);
} catch (error) {
  // What each tab showed when the step failed, for the assertion message and target/.
  for (const [index, open] of context.pages().entries()) {
    await open.screenshot({ path: join(env.SHOTS, 'failure-' + index + '.png'), fullPage: true }).catch(() => {});
    console.error('tab ' + index + ' ' + open.url() + ':\n' + await open.innerText('main').catch((e) => String(e)));
  }
  throw error;
} finally {
  await context.close();
}
results.elapsedMs = Date.now() - startedAt;
console.log(JSON.stringify(results));
