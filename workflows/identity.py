"""People's sessions and identities: act only on what a verified session sends, and take no
visa or signature from someone whose identity changed until they say it was them.

Element and Tchap hide what comes from a session its owner has not verified (cross-signed);
the bot does the same, and tells the person once per session how to verify it (which also
warns them if it was not theirs). Each person's identity (their master key) is pinned at first
sight; when the server shows another, the person is told in private, and their decisions are
refused until they confirm from a session signed by the new identity: a stolen password can
reset an identity, but then it cannot sign in the victim's name unnoticed.
"""

from __future__ import annotations

from workflows.basics import reply
from workflows.context import Context, Settings
from workflows.decisions import read_decision, read_reaction
from workflows.ports import Incoming, Message, UserId

TOPIC = "identity:"


def fingerprint(master_key: str | None) -> str:
    """A master key as people compare it (Element shows it the same way)."""
    if not master_key:
        return "?"
    return " ".join(master_key[i : i + 4] for i in range(0, len(master_key), 4))


def _topic(user_id: str) -> str:
    return f"{TOPIC}{user_id}"


async def observe(ctx: Context, user_id: str, master_key: str | None) -> str:
    """The server shows this identity for the person: pin it, or warn them of the change."""
    outcome = await ctx.uow.identities.observe(user_id, master_key, ctx.clock.now())
    if outcome == "changed":
        await ctx.uow.audit.append(user_id, "identity.changed", details={"master_key": master_key})
        await ctx.chat.direct(
            UserId(user_id),
            Message(
                "identity_changed",
                {"fingerprint": fingerprint(master_key)},
                topic=_topic(user_id),
            ),
        )
    return outcome


def refuses_unverified(settings: Settings, incoming: Incoming) -> bool:
    """An encrypted event from a session its owner has not verified is not acted on."""
    device = incoming.device
    return settings.exclude_insecure_devices and device is not None and not device.cross_signed


async def refuse_unverified(ctx: Context, incoming: Incoming) -> str:
    """Nothing happens, and the person is told privately why, when the event was meant for
    the bot: once per session for what a session sent; for a reaction in clear (which names
    no session) every time, since it is a decision the person thinks they made."""
    device = incoming.device
    assert device is not None
    await ctx.uow.audit.append(
        incoming.sender,
        "device.unverified",
        subject=incoming.room_id,
        event_id=incoming.event_id,
        details={
            "device_id": device.device_id,
            "kind": incoming.kind,
            "unverified_sessions": list(device.unverified_sessions),
        },
    )
    if not await _meant_for_the_bot(ctx, incoming):
        return "device-unverified"
    if not device.encrypted:
        await ctx.chat.direct(
            incoming.sender,
            Message(
                "reaction_unverified",
                {"sessions": list(device.unverified_sessions), "room": incoming.room_name},
            ),
        )
    elif await ctx.uow.identities.first_notice(incoming.sender, device.device_id or "?"):
        await ctx.chat.direct(
            incoming.sender,
            Message(
                "device_unverified",
                {
                    "device": device.device_id or "inconnue",
                    "room": incoming.room_name,
                    "kind": incoming.kind,
                },
            ),
        )
    return "device-unverified"


async def _meant_for_the_bot(ctx: Context, incoming: Incoming) -> bool:
    """A private message, a file, a mention, or an answer to one of the bot's messages:
    colleagues' talk in a shared room is ignored without a word, as always."""
    if incoming.is_direct or incoming.mentions_bot or incoming.kind == "file":
        return True
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    return target is not None and await ctx.uow.outbox.is_ours(target)


async def answers_warning(ctx: Context, incoming: Incoming) -> bool:
    """Is this a reaction or a reply to an identity warning?"""
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    if target is None or incoming.kind not in ("text", "reaction"):
        return False
    topic = await ctx.uow.outbox.topic_of(target)
    return topic == _topic(incoming.sender)


async def answer_warning(ctx: Context, incoming: Incoming) -> str:
    """✅ or « oui » confirms the new identity (from a session it signed); ❌ or « non »
    explains what to do when the change was not the person's."""
    if incoming.kind == "reaction":
        verdict = read_reaction(incoming.reaction or "")
    else:
        decision = read_decision(incoming.text or "")
        verdict = decision.approve if decision is not None else None
    if verdict is None:
        if incoming.kind == "text":
            await reply(ctx, incoming, Message("identity_how", {}))
        return "identity-unclear"
    if not verdict:
        await ctx.uow.audit.append(
            incoming.sender, "identity.disowned", event_id=incoming.event_id
        )
        await reply(ctx, incoming, Message("identity_disowned", {}))
        return "identity-disowned"
    device = incoming.device
    if device is None or not device.cross_signed or device.identity is None:
        await reply(ctx, incoming, Message("identity_confirm_from_verified", {}))
        return "identity-not-confirmed"
    if not await ctx.uow.identities.confirm(incoming.sender, device.identity, ctx.clock.now()):
        row = await ctx.uow.identities.get(incoming.sender)
        if row is not None and row.changed_from is None and row.master_key == device.identity:
            await reply(ctx, incoming, Message("identity_confirmed", {"already": True}))
            return "identity-already"
        await reply(ctx, incoming, Message("identity_confirm_from_verified", {}))
        return "identity-not-confirmed"
    await ctx.uow.audit.append(
        incoming.sender,
        "identity.confirmed",
        event_id=incoming.event_id,
        details={"master_key": device.identity, "device_id": device.device_id},
    )
    await reply(
        ctx,
        incoming,
        Message(
            "identity_confirmed", {"fingerprint": fingerprint(device.identity), "already": False}
        ),
    )
    return "identity-confirmed"


async def decision_refusal(ctx: Context, incoming: Incoming) -> Message | None:
    """Why a visa or signature from this event cannot count, or None when it can."""
    if not ctx.settings.exclude_insecure_devices:
        return None
    device = incoming.device
    if device is None:
        return Message("identity_decision_plain_room", {})
    # Unverified sessions never get this far (`refuses_unverified`). The identity the session
    # was signed by is compared with the pinned one here too: a change the bot has not
    # noticed yet is noticed (and warned of) now, not after the decision counted.
    await observe(ctx, incoming.sender, device.identity)
    row = await ctx.uow.identities.get(incoming.sender)
    if row is not None and row.changed_from is not None:
        return Message("identity_decision_refused", {"fingerprint": fingerprint(row.master_key)})
    return None
