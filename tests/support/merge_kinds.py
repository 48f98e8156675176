"""A registry made for the merge's property tests: a kind with a field of every rule, and
children with an owner link.

``item`` has ``title`` (the later change wins), ``tags`` (a set), ``steps`` (an ordered
list), ``sealed`` (ciphertext, never logged) and ``lock`` (an object); its ``reaction``
children are records of their own.
"""

from __future__ import annotations

from trustwork.model.fields import Area, FieldSpec, KindSpec, Registry

ITEM = KindSpec("item", "things", (
    FieldSpec("title", "text"),
    FieldSpec("tags", "people"),
    FieldSpec("steps", "lines"),
    FieldSpec("sealed", "internal", logged=False),
    FieldSpec("lock", "internal"),
), title="title")
REACTION = KindSpec("reaction", "things", (
    FieldSpec("item", "record", refers_to="item"),
    FieldSpec("text", "long_text"),
), title="text", owner="item", listed=False)
REGISTRY = Registry((ITEM, REACTION), (Area("things", "·"),))
