"""Commands are declared once, where they are written; help and matching read the declarations.

A command is a French word with aliases. Matching folds accents and case; in a conversation
with the bot (a DM, or a message addressed to it) small typos are forgiven with rapidfuzz, while
in a busy room only an exact command word at the start of a message wakes the bot, so it never
answers people talking to each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from commands.intents import Intent
from french.fold import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_SEPARATORS = " \t\n,:;.!?-'’"
SUGGEST_CUTOFF = 60.0


def allowed_typos(word: str) -> int:
    """How many slips (a wrong, missing, extra or swapped letter) a word of this length
    forgives: none under 4 letters (too many short words look alike), 1, then 2 from 8."""
    length = len(word.replace(" ", ""))
    if length < 4:
        return 0
    return 1 if length < 8 else 2


@dataclass(frozen=True)
class Command:
    name: str
    aliases: tuple[str, ...]
    summary: str
    examples: tuple[str, ...]
    build: Callable[[str], Intent]
    hidden: bool = False
    wakes_in_rooms: bool = True
    max_unaddressed_words: int = 3
    interrupts: tuple[str, ...] = ()

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Every folded form that calls this command, the name first (folded once: every
        message is matched against all of them)."""
        folded = (fold(w) for w in (self.name, *self.aliases))
        return tuple(dict.fromkeys(f for f in folded if f))

    @cached_property
    def interrupting_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.interrupts)


@dataclass(frozen=True)
class Match:
    command: Command
    rest: str  # what follows the command word(s), as typed
    word: str  # the name or alias matched, folded
    exact: bool
    score: float


class Registry:
    def __init__(self) -> None:
        self._commands: list[Command] = []

    def command(
        self,
        name: str,
        *,
        summary: str,
        aliases: tuple[str, ...] = (),
        examples: tuple[str, ...] = (),
        hidden: bool = False,
        wakes_in_rooms: bool = True,
        max_unaddressed_words: int = 3,
        interrupts: tuple[str, ...] = (),
    ) -> Callable[[Callable[[str], Intent]], Callable[[str], Intent]]:
        """Declare a command.

        `wakes_in_rooms=False`: in a group room it needs to be addressed (a greeting like
        « bonjour » is mostly said to colleagues, not to the bot). `max_unaddressed_words`: how
        many words may follow the command word in a room message not addressed to the bot (a
        search needs a few; "annuler" alone is a command, "annuler la réunion" is chat).
        `interrupts`: the words (among the name and aliases) that, followed by what to act on,
        are obeyed even while a question is open (looking for a document while filing
        another). Only words no answer begins with: « cherche … » interrupts, the noun
        « recherche » or « état » does not (« État des lieux… » is an object, not a status).
        """

        def register(build: Callable[[str], Intent]) -> Callable[[str], Intent]:
            command = Command(
                name,
                aliases,
                summary,
                examples,
                build,
                hidden,
                wakes_in_rooms,
                max_unaddressed_words,
                interrupts,
            )
            self._commands.append(command)
            return build

        return register

    @property
    def commands(self) -> tuple[Command, ...]:
        return tuple(self._commands)

    def visible(self) -> tuple[Command, ...]:
        return tuple(c for c in self._commands if not c.hidden)

    def match(self, text: str, *, fuzzy: bool) -> Match | None:
        """The command the text starts with, longest alias first; None if none fits."""
        tokens = [(fold(m.group()), m.end()) for m in _WORD.finditer(text)]
        tokens = [(folded, end) for folded, end in tokens if folded]
        if not tokens:
            return None
        best: Match | None = None
        for command in self._commands:
            for alias in command.words:
                n = alias.count(" ") + 1
                if len(tokens) < n:
                    continue
                head = " ".join(folded for folded, _ in tokens[:n])
                rest = text[tokens[n - 1][1] :].lstrip(_SEPARATORS)
                if head == alias:
                    candidate = Match(command, rest, alias, exact=True, score=100.0 + n)
                elif fuzzy and (edits := OSA.distance(head, alias)) <= allowed_typos(alias):
                    candidate = Match(
                        command, rest, alias, exact=False, score=100.0 - 10 * edits + n
                    )
                else:
                    continue
                if best is None or candidate.score > best.score:
                    best = candidate
        return best

    def suggest(self, text: str) -> str | None:
        """The closest visible command name, to say « Vouliez-vous dire … ? ».

        Each alias is compared with as many words of the message as it has ("ou en est" with
        the first three), never with the whole message: a word somewhere in a sentence ("est"
        in « quelle heure est-il ») is not a command."""
        words = fold(text).split()
        if not words:
            return None
        best: tuple[float, str] | None = None
        for command in self.visible():
            for alias in command.words:
                n = len(alias.split())
                score = fuzz.ratio(" ".join(words[:n]), alias)
                if score >= SUGGEST_CUTOFF and (best is None or score > best[0]):
                    best = (score, command.name)
        return best[1] if best else None


REGISTRY = Registry()
