"""The language layer: words, dates and owners of nb, nn, sv, da and en plan documents.

- :mod:`plancheck.lang.deadlines` - ``parse_deadline``: deadline cells → ``Deadline``
- :mod:`plancheck.lang.owners` - ``split_owners``, ``is_owner_like``: owner cells → ``Owner``s
- :mod:`plancheck.lang.nlp` - ``get_nlp``, ``lemmas``, ``split_compound``: blank spaCy + simplemma
- :mod:`plancheck.lang.detect` - ``detect_language``
- :mod:`plancheck.lang.vocab` - word lists as data, ``column_role``, ``heading_role``
- :mod:`plancheck.lang.wordlists` - simplemma's dictionaries, decoded once per machine (installed here)
- :mod:`plancheck.lang.lazyrules` - simplemma's suffix rules imported per language (installed here)

Nothing here loads a model or data from the network: spaCy pipelines are ``spacy.blank`` and
simplemma ships its dictionaries. Modules are imported on use, so importing this package is cheap
(simplemma's module only; a dictionary is read at its first lookup).
"""

from plancheck.lang import lazyrules as _lazyrules

_lazyrules.defer()  # before simplemma's first import: its rule modules per language, on use

from plancheck.lang import wordlists as _wordlists  # noqa: E402  (imports simplemma)

_wordlists.install()  # simplemma's word lists from the user cache (decoded once per machine)
