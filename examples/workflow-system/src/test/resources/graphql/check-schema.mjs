// Builds the schema twice with graphql-js — from our SDL and from introspection of the running
// application — validates both, and prints what the Java test asserts on.
import { readFileSync } from 'node:fs';
import { assertValidSchema, buildClientSchema, buildSchema, getIntrospectionQuery, getNamedType, isEnumType,
  isObjectType, isScalarType, lexicographicSortSchema, printType } from 'graphql';

const [sdlFile, url, token] = process.argv.slice(2);

function describe(schema) {
  assertValidSchema(schema);
  const instance = schema.getType('WorkflowInstance');
  const field = (type, name) => getNamedType(type.getFields()[name].type);
  const definition = schema.getType('WorkflowDefinition');
  return {
    status: { name: field(instance, 'status').name, isEnum: isEnumType(field(instance, 'status')),
      values: field(instance, 'status').getValues().map(v => v.name) },
    contextData: { name: field(instance, 'contextData').name, isScalar: isScalarType(field(instance, 'contextData')) },
    steps: { name: field(definition, 'steps').name, isObject: isObjectType(field(definition, 'steps')) },
    resume: schema.getMutationType().getFields().workflowInstanceResume.args.map(a => `${a.name}: ${a.type}`),
    resumed: String(schema.getSubscriptionType().getFields().workflowInstanceResumed.type),
    types: Object.keys(schema.getTypeMap()).filter(n => !n.startsWith('__')).length,
    instanceList: connection(schema.getQueryType().getFields().workflowInstanceList.type),
  };
}

// A Relay connection as graphql-js sees it: its name, edge and node types, pageInfo's fields.
function connection(type) {
  const fields = type.getFields();
  const edge = getNamedType(fields.edges.type);
  return {
    name: type.name, edges: String(fields.edges.type), nodes: String(fields.nodes.type),
    edgeFields: Object.keys(edge.getFields()).sort().map(n => `${n}: ${edge.getFields()[n].type}`),
    pageInfo: Object.entries(getNamedType(fields.pageInfo.type).getFields()).map(([n, f]) => `${n}: ${f.type}`).sort(),
    others: Object.keys(fields).filter(n => !['edges', 'nodes', 'pageInfo'].includes(n)).sort(),
  };
}

const fromSdl = describe(buildSchema(readFileSync(sdlFile, 'utf8')));
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json',
    authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
});
const body = await response.json();
if (body.errors) throw new Error('introspection failed: ' + JSON.stringify(body.errors));
const introspected = buildClientSchema(body.data);
const fromIntrospection = describe(introspected);
// Types, not directives: graphql-java adds its own (@defer, @oneOf…) to what introspection shows.
const sdlSchema = lexicographicSortSchema(buildSchema(readFileSync(sdlFile, 'utf8')));
const sortedIntrospected = lexicographicSortSchema(introspected);
const typeNames = (schema) => Object.keys(schema.getTypeMap()).filter(n => !n.startsWith('__')).sort();
const differing = typeNames(sdlSchema).filter(n => !sortedIntrospected.getType(n)
  || printType(sdlSchema.getType(n)) !== printType(sortedIntrospected.getType(n)));
const same = differing.length === 0 && typeNames(sdlSchema).join() === typeNames(sortedIntrospected).join();
const firstDifference = same ? null : { differing, sdl: differing[0] && printType(sdlSchema.getType(differing[0])),
  introspection: differing[0] && sortedIntrospected.getType(differing[0]) && printType(sortedIntrospected.getType(differing[0])) };
console.log(JSON.stringify({ fromSdl, fromIntrospection, same, firstDifference }));
