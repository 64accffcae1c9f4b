/**
 * Public API: sample and deliberately faulty payloads generated from models, for docs, examples and fuzzing.
 */
package io.contractspec.schema.sample;
