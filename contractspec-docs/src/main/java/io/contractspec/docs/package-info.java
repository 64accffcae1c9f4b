/**
 * Public API: Docs from a contract registry: Markdown pages in the seed page's format
 * ({@link io.contractspec.docs.DocsGenerator#markdown}) and a static, offline HTML reference site
 * ({@link io.contractspec.docs.HtmlSite#generate}). Both return
 * {@link io.contractspec.docs.GeneratedDocs}: write it to a folder or serve it from memory.
 * {@link io.contractspec.docs.SourceResolver} finds each spec's source file so that pages show
 * the Java definition; {@link io.contractspec.docs.DocsOptions} picks the labels' locale.
 *
 * <p>Everything in {@code io.contractspec.docs.internal} is implementation.
 */
package io.contractspec.docs;
