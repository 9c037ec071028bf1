"""Groups: a counted set of states the text names as one actor ("four former Soviet republics
in central Asia, plus China").

A group is a plural noun from `group_nouns.txt` with a number word (`number_words.tsv`) and at
least one state or IGO joined to it ("plus China", "and Russia"). Its id is `group:<slug of the
whole phrase>`, `members` the actor ids the phrase names, `member_count` the number plus the
named additions. Its mention covers the counted noun phrase up to the additions, which keep
their own mentions, so mentions never overlap.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from faultline.actors.gazetteer import Actor
from faultline.actors.holders import Hit
from faultline.actors.roles import data_rows, role_words, slug
from faultline.nlp import doc_lowers, doc_tokens

_MEMBER_KINDS = frozenset({"state", "igo", "government"})


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in data_rows("number_words.tsv")}


def _count(noun: Token) -> tuple[int, int] | None:
    """The number counting `noun` and its token index."""
    for child in noun.children:
        if child.dep_ == "nummod":
            value = number_words().get(child.lower_)
            if value is None and child.text.isdigit():
                value = int(child.text)
            if value is not None:
                return value, child.i
    return None


def _conjuncts(noun: Token) -> list[Token]:
    """Tokens joined to `noun` by a conjunction, following chains ("plus A and B")."""
    out: list[Token] = []
    todo = [c for c in noun.children if c.dep_ == "conj"]
    while todo:
        tok = todo.pop(0)
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj"]
    return out


def find_groups(
    doc: Doc, hits: list[Hit], actors: dict[str, Actor]
) -> tuple[list[Hit], dict[str, Actor]]:
    at = {i: h for h in hits for i in range(h.start, h.end)}
    nouns = role_words().group_nouns
    found: list[Hit] = []
    groups: dict[str, Actor] = {}
    tokens = doc_tokens(doc)
    for i, lower in enumerate(doc_lowers(doc)):
        if lower not in nouns:
            continue  # most words: no Token touched
        noun = tokens[i]
        count = _count(noun)
        if count is None:
            continue
        added = [at[t.i] for t in _conjuncts(noun) if t.i in at]
        added = [h for h in added if actors.get(h.actor, {}).get("kind") in _MEMBER_KINDS]
        if not added:
            continue
        value, first = count
        start = min(first, noun.left_edge.i)
        # The counted phrase ends before the first conjunct's punctuation or conjunction.
        end = min(h.start for h in added)
        while end > noun.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        phrase = doc[start : max(h.end for h in added)]
        if doc[start].dep_ == "det":
            start += 1
        # Actors inside the counted phrase qualify it ("Soviet"), they are not members.
        members = list(dict.fromkeys(h.actor for h in added))
        gid = f"group:{slug(doc[start : phrase.end].text)}"
        groups[gid] = {
            "id": gid,
            "name": doc[start : phrase.end].text,
            "kind": "group",
            "members": members,
            "member_count": value + len(added),
        }
        if not any(i in at for i in range(start, end)):
            found.append(Hit(start, end, gid))
    return found, groups
