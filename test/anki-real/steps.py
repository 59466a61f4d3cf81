"""Runs steps against a real Anki collection and prints what each step returns, as JSON.

Standard input: {"collection": "<path>.anki2", "steps": [{"op": ..., ...}, ...]}
Standard output: [<result of step 1>, <result of step 2>, ...]

The collection is created when missing and closed at the end. Steps are the
operations the tests need, done with Anki's own Python API (the Rust engine of
Anki desktop), never by writing its database directly:

  {"op": "import", "package": path, "withScheduling": bool, "mergeNotetypes": bool (optional)}
      Collection.import_anki_package, updating notes "if newer" as Anki desktop
      does by default, "Merge note types" off unless asked
      → {"new", "updated", "duplicate", "conflicting"} note counts
  {"op": "importText", "file": path}
      File → Import of a text file (Collection.import_csv) with the options Anki reads from
      its `#` headers → the same counts
  {"op": "snapshot"}
      every note, card (with its FSRS memory state and both sides as the learner
      sees them) and review-log row, and the collection's creation time
  {"op": "check"}
      Tools → Check Database (Collection.fix_integrity) → {"ok", "message"}
  {"op": "edit", "guid": g, "field": name, "value": text}
      the learner edits a note's field (Collection.update_note) → {"mod"}
"""

import json
import sys

import anki.lang
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest
from anki.utils import strip_html


def import_package(col, step):
    options = ImportAnkiPackageOptions(
        with_scheduling=step["withScheduling"],
        merge_notetypes=step.get("mergeNotetypes", False),
    )
    return counts(col.import_anki_package(ImportAnkiPackageRequest(package_path=step["package"], options=options)).log)


def import_text(col, step):
    metadata = col.get_csv_metadata(step["file"], None)
    return counts(col.import_csv(ImportCsvRequest(path=step["file"], metadata=metadata)).log)


def counts(log):
    return {
        "new": len(log.new),
        "updated": len(log.updated),
        "duplicate": len(log.duplicate),
        "conflicting": len(log.conflicting),
    }


def visible_text(html):
    """A card side as the learner reads it: markup, styles and entities gone (Anki's own strip_html)."""
    return strip_html(html).strip()


def memory_state(card):
    if card.memory_state is None:
        return None
    return {"stability": card.memory_state.stability, "difficulty": card.memory_state.difficulty}


def snapshot(col, step):
    notes = []
    for nid in col.db.list("SELECT id FROM notes ORDER BY id"):
        note = col.get_note(nid)
        notetype = note.note_type()
        notes.append({
            "id": note.id,
            "guid": note.guid,
            "notetype": notetype["name"],
            "mod": note.mod,
            "usn": note.usn,
            "tags": note.tags,
            "fields": dict(note.items()),
        })
    cards = []
    for cid in col.db.list("SELECT id FROM cards ORDER BY id"):
        card = col.get_card(cid)
        cards.append({
            "id": card.id,
            "nid": card.nid,
            "guid": card.note().guid,
            "ord": card.ord,
            "template": card.template()["name"],
            "deck": col.decks.name(card.did),
            "type": card.type,
            "queue": card.queue,
            "due": card.due,
            "ivl": card.ivl,
            "factor": card.factor,
            "reps": card.reps,
            "lapses": card.lapses,
            "left": card.left,
            "mod": card.mod,
            "memoryState": memory_state(card),
            "desiredRetention": card.desired_retention,
            "decay": card.decay,
            "lastReview": col.db.scalar("SELECT json_extract(data, '$.lrt') FROM cards WHERE id = ?", cid),
            "question": visible_text(card.question()),
            "answer": visible_text(card.answer()),
            "questionHtml": card.question(),
            "answerHtml": card.answer(),
        })
    columns = ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"]
    revlog = [dict(zip(columns, row)) for row in col.db.all("SELECT " + ", ".join(columns) + " FROM revlog ORDER BY id")]
    return {
        "crt": col.crt,
        "notes": notes,
        "cards": cards,
        "revlog": revlog,
        "notetypes": sorted(
            ({"name": nt["name"], "mod": nt["mod"], "fields": [f["name"] for f in nt["flds"]],
              "templates": [t["name"] for t in nt["tmpls"]]} for nt in col.models.all()),
            key=lambda nt: nt["name"],
        ),
        "decks": sorted(
            ({"name": d["name"], "mod": d["mod"], "desc": d.get("desc", "")} for d in col.decks.all()),
            key=lambda d: d["name"],
        ),
    }


def check(col, step):
    message, ok = col.fix_integrity()
    return {"ok": ok, "message": message}


def edit(col, step):
    nid = col.db.scalar("SELECT id FROM notes WHERE guid = ?", step["guid"])
    note = col.get_note(nid)
    note[step["field"]] = step["value"]
    col.update_note(note)
    return {"mod": col.get_note(nid).mod}


OPS = {"import": import_package, "importText": import_text, "snapshot": snapshot, "check": check, "edit": edit}


def main():
    request = json.load(sys.stdin)
    anki.lang.set_lang("en")
    col = Collection(request["collection"])
    try:
        results = [OPS[step["op"]](col, step) for step in request["steps"]]
    finally:
        col.close()
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
