"""Real Anki studies a guanhua package, then exports what it did.

Run by test/anki-real/study.ts with the project's venv (pip's `anki`: Anki's Rust engine
and its Python API) under libfaketime, whose clock this script sets from a timestamp file
before each step: so Anki's own v3 scheduler answers cards on the days the scenario names.

    python study.py < SCENARIO.json  →  JSON on stdout

The scenario: {"dir", "package", "timeFile", "weights", "retention", "newPerDay", "ratings",
"importAt", "suspendAtImport": [guid] (optional: Recognition cards the learner suspends at once,
to study those words by their Recall cards only), "sessions": [{"at", "suspend": [guid], "unsuspend": [guid], "bury": [guid],
"setDue": [{"guid", "days"}], "forget": [guid], "retention"}], "exportAt"}. After a session's
answers, the learner's hand: Browse → Set Due Date ("days": Anki's "0", "7", "5-9" or "7!"),
Forget (Reset) with "restore original position" and "reset counts" unticked, as Anki's defaults
are, and a new desired retention with "Reschedule cards on change" ticked. Times are "YYYY-MM-DD HH:MM:SS" in the process's zone (the test sets TZ=UTC).
Each session answers every card Anki queues, each at most once, with
ratings[n % len(ratings)] for the n-th answer of the run (1 Again … 4 Easy).
"""

import datetime
import json
import os
import sys

from anki.collection import (
    Collection,
    DeckIdLimit,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.decks import UpdateDeckConfigs
from anki.scheduler.v3 import CardAnswer

RATING = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
ANSWER_MS = 6000


def set_clock(spec, at):
    with open(spec["timeFile"], "w") as f:
        f.write(f"@{at}\n")


def epoch_ms(at):
    return int(datetime.datetime.strptime(at, "%Y-%m-%d %H:%M:%S").timestamp() * 1000)


def the_deck(col):
    return next(d.id for d in col.decks.all_names_and_ids() if d.name != "Default")


def switch_fsrs_on(col, did, spec, reschedule=False):
    """As the deck options screen does: FSRS on, these parameters, memory states computed;
    with `reschedule`, "Reschedule cards on change" ticked (Anki moves every review card's due)."""
    current = col.decks.get_deck_configs_for_update(did)
    config = next(c.config for c in current.all_config if c.config.id == current.current_deck.config_id)
    config.config.fsrs_params_6[:] = spec["weights"]
    config.config.desired_retention = spec["retention"]
    config.config.new_per_day = spec["newPerDay"]
    col.decks.update_deck_configs(
        UpdateDeckConfigs(
            target_deck_id=did,
            configs=[config],
            mode=0,
            limits=current.current_deck.limits,
            new_cards_ignore_review_limit=current.new_cards_ignore_review_limit,
            fsrs=True,
            apply_all_parent_limits=current.apply_all_parent_limits,
            fsrs_reschedule=reschedule,
            fsrs_health_check=False,
        )
    )


def card_of(col, guid):
    return col.db.scalar("SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = ? AND c.ord = 0", guid)


def study(col, did, session, counter):
    col.decks.select(did)
    answered = set()
    base = epoch_ms(session["at"])
    while True:
        queued = col.sched.get_queued_cards(fetch_limit=50).cards
        todo = [q for q in queued if q.card.id not in answered]
        if not todo:
            break
        q = todo[0]
        rating = spec["ratings"][counter[0] % len(spec["ratings"])]
        counter[0] += 1
        answered.add(q.card.id)
        states = q.states
        new_state = {1: states.again, 2: states.hard, 3: states.good, 4: states.easy}[rating]
        col.sched.answer_card(
            CardAnswer(
                card_id=q.card.id,
                current_state=states.current,
                new_state=new_state,
                rating=RATING[rating],
                # Answers of one session a few seconds apart, as a learner gives them.
                answered_at_millis=base + len(answered) * ANSWER_MS,
                milliseconds_taken=ANSWER_MS - 1000,
            )
        )
    # The learner's hand comes after the session's answers: Anki's clock moves past the last one,
    # so the rows it logs for what follows (Set Due Date, Forget, rescheduling) come after them.
    after = datetime.datetime.fromtimestamp((base + (len(answered) + 1) * ANSWER_MS) / 1000)
    set_clock(spec, after.strftime("%Y-%m-%d %H:%M:%S"))
    for guid in session.get("suspend", []):
        col.sched.suspend_cards([card_of(col, guid)])
    for guid in session.get("unsuspend", []):
        col.sched.unsuspend_cards([card_of(col, guid)])
    for guid in session.get("bury", []):
        col.sched.bury_cards([card_of(col, guid)])
    for change in session.get("setDue", []):
        col.sched.set_due_date([card_of(col, change["guid"])], change["days"])
    for guid in session.get("forget", []):
        col.sched.schedule_cards_as_new([card_of(col, guid)], restore_position=False, reset_counts=False)
    if "retention" in session:
        switch_fsrs_on(col, did, {**spec, "retention": session["retention"]}, reschedule=True)
    return len(answered)


def report(col, ord=0):
    """The cards of one template (0 Recognition, 1 Recall) and their review log."""
    crt = col.crt
    cards = []
    for guid, cid, ctype, queue, due, ivl, reps, lapses, data in col.db.all(
        "SELECT n.guid, c.id, c.type, c.queue, c.due, c.ivl, c.reps, c.lapses, c.data FROM cards c "
        "JOIN notes n ON n.id = c.nid WHERE c.ord = ? ORDER BY c.id", ord
    ):
        memory = json.loads(data) if data else {}
        # Queue 1 (a step within the day) is due at epoch seconds; review and interday cards on a day number.
        day_due = queue in (2, 3) or (queue < 0 and ctype != 0 and due < 1_000_000_000)
        cards.append(
            {
                "guid": guid,
                "type": ctype,
                "queue": queue,
                "due": due,
                "ivl": ivl,
                "reps": reps,
                "lapses": lapses,
                "stability": memory.get("s"),
                "difficulty": memory.get("d"),
                # Review and interday cards: the day number counted from the collection's creation day.
                "dueDate": datetime.datetime.fromtimestamp(crt + due * 86400).strftime("%Y-%m-%d") if day_due else None,
            }
        )
    revlog = [
        {"guid": guid, "id": rid, "ease": ease, "ivl": ivl, "lastIvl": last_ivl, "factor": factor, "type": rtype}
        for guid, rid, ease, ivl, last_ivl, factor, rtype in col.db.all(
            "SELECT n.guid, r.id, r.ease, r.ivl, r.lastIvl, r.factor, r.type FROM revlog r JOIN cards c ON c.id = r.cid "
            "JOIN notes n ON n.id = c.nid WHERE c.ord = ? ORDER BY r.id", ord
        )
    ]
    return {"crt": crt, "cards": cards, "revlog": revlog}


def export(col, did, out_dir):
    paths = {}
    for name, scheduling, legacy in (("latest", True, False), ("legacy", True, True), ("noScheduling", False, False)):
        path = os.path.join(out_dir, f"{name}.apkg")
        col.export_anki_package(
            out_path=path,
            options=ExportAnkiPackageOptions(with_scheduling=scheduling, with_deck_configs=scheduling, with_media=True, legacy=legacy),
            limit=DeckIdLimit(did),
        )
        paths[name] = path
    return paths


spec = json.load(sys.stdin)
os.makedirs(spec["dir"], exist_ok=True)
set_clock(spec, spec["importAt"])
col = Collection(os.path.join(spec["dir"], "collection.anki2"))
col.import_anki_package(
    ImportAnkiPackageRequest(package_path=spec["package"], options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True))
)
did = the_deck(col)
switch_fsrs_on(col, did, spec)
for guid in spec.get("suspendAtImport", []):
    col.sched.suspend_cards([card_of(col, guid)])
counter = [0]
answered = []
for session in spec["sessions"]:
    set_clock(spec, session["at"])
    answered.append(study(col, did, session, counter))
set_clock(spec, spec["exportAt"])
out = report(col)
out["recall"] = report(col, 1)
out["answered"] = answered
out["packages"] = export(col, did, spec["dir"])
colpkg = os.path.join(spec["dir"], "collection.colpkg")
col.export_collection_package(colpkg, include_media=True, legacy=False)  # closes the collection
out["packages"]["colpkg"] = colpkg
print(json.dumps(out))
