"""Word (.docx) documents: one shared builder (named styles, languages, pictures, page-number fields,
letterhead templates, XML-safe text, atomic writes) that every Word export uses.

Importing this package is cheap; python-docx loads when a document is built (`exports.docx.builder`).
Adding a document: list its styles as `StyleSpec`s, create a `DocxBuilder(lang, styles, paper, template=...)`,
add paragraphs/tables with style names only, then `save(path)` and show the returned warnings.
"""
