"""The data file: its JSON codec, schema versions and migrations, and the merge.

Public names:
    codec.load(text) -> LoadedFile     read and check a data file (never changes it)
    codec.dumps(document) -> str       the file's text, deterministic for equal documents
    merge.merge(base, ours, theirs)    three-way merge of two edited copies
JSON appears only in this package.
"""
