"""Every YAML data file of the package has each key once per mapping.

PyYAML keeps the LAST of two equal keys without a word, so two helpers adding the same key to a
vocabulary file (as happened with ``time.later_columns``) silently drops one list. This loader
refuses duplicates, so such a merge fails here instead of in a plan nobody has seen."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import plancheck

DATA_FILES = sorted(Path(plancheck.__file__).parent.rglob("*.yaml"))


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def test_data_files_found() -> None:
    assert len(DATA_FILES) >= 5


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_duplicate_keys(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_loader_refuses_a_duplicate() -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("time:\n  a: [1]\n  a: [2]\n", Loader=_UniqueKeyLoader)
