"""Actors: the gazetteer of states, governments, IGOs, regions and media, persons and role
holders (`persons`, `holders`, `roles`), counted groups (`groups`), country words that
name something else (`homonyms`, `places`), and the stage that resolves their mentions in a
document. `actors_stage` is a pipeline stage
`(record, doc) -> None`; nothing is registered on import."""

from faultline.actors.resolve import actors_stage

__all__ = ["actors_stage"]
