"""Command words: accents and case ignored, typos forgiven when talking to the bot, and a busy
room left alone."""

from __future__ import annotations

import pytest

from commands.intents import (
    Cancel,
    Hello,
    Help,
    Ignore,
    Invited,
    OpenDirect,
    Undecryptable,
    Unknown,
)
from commands.registry import REGISTRY
from commands.router import BotIdentity, route, strip_address
from french.fold import fold
from workflows.ports import EventId, Incoming, RoomId, UserId

BOT = BotIdentity("@greffier:mairie.fr", "Greffier")


def message(
    text: str,
    *,
    direct: bool = False,
    mentions: bool = False,
    reply_to: str | None = None,
    kind: str = "text",
) -> Incoming:
    return Incoming(
        event_id=EventId("$e"),
        room_id=RoomId("!r:mairie.fr"),
        sender=UserId("@agnes:mairie.fr"),
        ts=0,
        kind=kind,
        text=text if kind == "text" else None,
        is_direct=direct,  # type: ignore[arg-type]
        mentions_bot=mentions,
        reply_to=EventId(reply_to) if reply_to else None,
    )


async def never_ours(_event_id: str) -> bool:
    return False


async def always_ours(_event_id: str) -> bool:
    return True


def test_fold() -> None:
    assert fold("  Écris-MOI !  ") == "ecris moi"
    assert fold("Privé") == "prive"
    assert fold("ÇA, c'est ÉTÉ") == "ca c est ete"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aide", Help),
        ("AIDE", Help),
        ("Aide ?", Help),
        ("aidd", Help),
        ("adie", Help),
        ("au secours", Help),
        ("annuler", Cancel),
        ("anuler", Cancel),
        ("ANNULÉ", Cancel),
        ("bonjour", Hello),
        ("bonjoue", Hello),
        ("salut", Hello),
        ("privé", OpenDirect),
        ("prive", OpenDirect),
        ("message privé", OpenDirect),
        ("écris-moi", OpenDirect),
        ("mesage prive", OpenDirect),
        ("bnjour", Hello),
        ("annnuler", Cancel),
    ],
)
async def test_words_in_a_dm(text: str, expected: type) -> None:
    assert isinstance(await route(message(text, direct=True), BOT, never_ours), expected)


async def test_unknown_in_dm_suggests_the_closest_command() -> None:
    intent = await route(message("aiiiide svp", direct=True), BOT, never_ours)
    assert intent == Unknown(text="aiiiide svp", suggestion="aide")
    assert isinstance(await route(message("aidr moi svp", direct=True), BOT, never_ours), Help)
    intent = await route(message("quelle heure est-il", direct=True), BOT, never_ours)
    assert isinstance(intent, Unknown) and intent.suggestion is None


async def test_busy_room_is_left_alone() -> None:
    for text in (
        "Bonjour à tous, la réunion est à 14h",
        "bonjour",
        "aidd",
        "aide-moi à porter les cartons demain matin stp",
        "quelqu'un a vu le dossier Dupond ?",
    ):
        intent = await route(message(text), BOT, never_ours)
        assert isinstance(intent, Ignore), text


async def test_room_wakes_on_exact_command_word_or_address() -> None:
    assert isinstance(await route(message("aide"), BOT, never_ours), Help)
    assert isinstance(await route(message("Annuler"), BOT, never_ours), Cancel)
    assert isinstance(await route(message("Greffier: bonjour"), BOT, never_ours), Hello)
    assert isinstance(await route(message("greffier, aidd"), BOT, never_ours), Help)
    assert isinstance(await route(message("@greffier:mairie.fr aide"), BOT, never_ours), Help)
    assert isinstance(await route(message("bonjour", mentions=True), BOT, never_ours), Hello)
    # A reply to one of the bot's messages is addressed to the bot.
    assert isinstance(await route(message("bonjour", reply_to="$q"), BOT, always_ours), Hello)
    assert isinstance(await route(message("bonjour", reply_to="$q"), BOT, never_ours), Ignore)
    unknown = await route(message("Greffier: blablabla"), BOT, never_ours)
    assert isinstance(unknown, Unknown)


async def test_non_messages() -> None:
    invite = message("", kind="invite")
    assert await route(invite, BOT, never_ours) == Invited(inviter="@agnes:mairie.fr")
    assert isinstance(
        await route(message("", kind="undecryptable", direct=True), BOT, never_ours), Undecryptable
    )
    assert isinstance(await route(message("", kind="undecryptable"), BOT, never_ours), Ignore)
    assert isinstance(await route(message("", kind="reaction"), BOT, never_ours), Ignore)
    own = message("aide", direct=True).model_copy(update={"sender": BOT.user_id})
    assert isinstance(await route(own, BOT, never_ours), Ignore)


def test_strip_address() -> None:
    assert strip_address("Greffier: aide", BOT) == ("aide", True)
    assert strip_address("greffier aide", BOT) == ("aide", True)
    assert strip_address("@greffier:mairie.fr, aide", BOT) == ("aide", True)
    assert strip_address("Greffiers du tribunal", BOT) == ("Greffiers du tribunal", False)
    assert strip_address("aide", BOT) == ("aide", False)


def test_help_is_generated_from_declarations() -> None:
    names = [c.name for c in REGISTRY.visible()]
    assert names == [
        "aide",
        "annuler",
        "privé",
        "bonjour",
        "cherche",
        "statut",
        "circuit",
        "annuler circuit",
        "délégation",
        "vérifier",
        "prolonger",
        "geler",
        "dégeler",
        "éliminer",
        "verser",
        "dossier",
        "stockage",
    ]
    assert all(c.summary for c in REGISTRY.visible())


async def test_a_number_answers_the_latest_of_a_question_and_a_list() -> None:
    import datetime as dt

    from commands.intents import Answer, PickResult, Search
    from commands.router import OpenDialogue

    now = dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
    window = dt.timedelta(minutes=30)

    def opened(minutes_ago: int) -> OpenDialogue:
        return OpenDialogue(None, now - dt.timedelta(minutes=minutes_ago), now, window)

    list_then_question = {"results": opened(10), "dialogue": opened(2)}
    question_then_list = {"results": opened(2), "dialogue": opened(10)}
    dm = message("2", direct=True)
    assert isinstance(await route(dm, BOT, never_ours, **list_then_question), Answer)
    assert await route(dm, BOT, never_ours, **question_then_list) == PickResult("2")
    assert await route(message("plus", direct=True), BOT, never_ours, results=opened(5)) == (
        PickResult("plus")
    )
    # In a room, a list from hours ago does not turn a colleague's "2" into a request.
    assert isinstance(await route(message("2"), BOT, never_ours, results=opened(120)), Ignore)
    assert await route(message("2"), BOT, never_ours, results=opened(3)) == PickResult("2")
    # A search asked while a question is open is obeyed, not taken as the answer.
    searched = await route(
        message("cherche permis dupond", direct=True), BOT, never_ours, dialogue=opened(1)
    )
    assert searched == Search("permis dupond")


@pytest.mark.parametrize(
    "word", sorted({w for c in REGISTRY.commands for w in (c.name, *c.aliases)})
)
async def test_while_a_question_waits_every_command_word_begins_an_answer(word: str) -> None:
    """Each name and alias, as the first word of an answer in a private conversation and in a
    room: the answer, unless it is one of the few words no answer begins with."""
    import datetime as dt

    from commands.intents import Answer
    from commands.router import OpenDialogue

    now = dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
    question = OpenDialogue(None, now - dt.timedelta(minutes=1), now, dt.timedelta(minutes=30))
    interrupting = {w for c in REGISTRY.commands for w in c.interrupting_words}
    for direct in (True, False):
        for text in (f"{word} des lieux du compte administratif 2024", word, word.upper()):
            routed = await route(message(text, direct=direct), BOT, never_ours, dialogue=question)
            if fold(word) in interrupting and text != word and text != word.upper():
                assert not isinstance(routed, Answer), (text, routed)
            else:
                assert routed == Answer(text=text), (text, routed)


async def test_named_search_or_status_interrupts_a_question_but_an_alias_noun_does_not() -> None:
    import datetime as dt

    from commands.intents import Answer, Search, Status
    from commands.router import OpenDialogue

    now = dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
    question = OpenDialogue(None, now - dt.timedelta(minutes=1), now, dt.timedelta(minutes=30))
    etat = message("État des lieux du compte administratif 2024", direct=True)
    assert await route(etat, BOT, never_ours, dialogue=question) == Answer(text=etat.text)
    named = message("Greffier, statut 2025-0012")
    assert await route(named, BOT, never_ours, dialogue=question) == Status("2025-0012")
    where = message("où en est le permis dupond", direct=True)
    assert await route(where, BOT, never_ours, dialogue=question) == Status("le permis dupond")
    found = message("Recherche de financement pour l'école", direct=True)
    assert isinstance(await route(found, BOT, never_ours, dialogue=question), Answer)
    searched = message("chercher délibération cantine", direct=True)
    assert await route(searched, BOT, never_ours, dialogue=question) == Search(
        "délibération cantine"
    )
    # A command that opens its own dialogue never replaces the open question, even named.
    circuit = message("Greffier, circuit budget primitif")
    assert isinstance(await route(circuit, BOT, never_ours, dialogue=question), Answer)
