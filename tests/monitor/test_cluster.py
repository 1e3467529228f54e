from datetime import date, timedelta

from flashpoint.monitor import cluster
from flashpoint.monitor.cluster import cluster_reports, interval, read_clusters
from flashpoint.records import Document
from flashpoint.settings import Settings
from flashpoint.store import open_store

from .. import streams


def _summary(store) -> list[tuple]:
    return [(c.event_type, c.basis, c.first_date, c.last_date, c.reports, c.outlets, c.sources) for c in read_clusters(store)]


def test_five_outlets_two_syndicated_are_one_event_from_four_sources(store) -> None:
    ids = streams.five_outlets(store)
    run = cluster_reports(store)
    assert (run.reports, run.new_clusters) == (5, 1)
    [cluster] = read_clusters(store)
    assert (cluster.actors, cluster.recipients, cluster.modality, cluster.basis) == (("CCC",), ("DDD",), "actual", "asserted")
    assert (cluster.reports, cluster.outlets, cluster.sources) == (5, 5, 4)
    assert cluster.event_ids == tuple(sorted(ids))
    sources = dict(store.db.execute("SELECT doc_id, source FROM document_sources"))
    assert sources.pop("five-wire") == sources.pop("five-copy") in ("wire", "gazette")
    assert sources == {"five-own1": "herald", "five-own2": "times", "five-own3": "post"}


def test_escalation_stream_clusters(store) -> None:
    streams.escalation(store)
    cluster_reports(store)
    summary = _summary(store)
    assert len(summary) == 13
    assert summary[10:] == [("ACCUSE", "asserted", "2024-03-12", "2024-03-12", 1, 1, 1),
                            ("THREATEN", "asserted", "2024-03-18", "2024-03-20", 2, 2, 2),
                            ("MOBILIZE", "asserted", "2024-03-25", "2024-03-27", 2, 2, 2)]
    assert all(row[4] == 1 for row in summary[:10])  # weekly talks are separate events


def test_a_denied_claim_stays_apart_and_is_linked_to_its_denial(store) -> None:
    ids = streams.denied_claim(store)
    cluster_reports(store)
    claim, denial = read_clusters(store)
    assert (claim.basis, claim.event_ids, claim.confirmed_by, claim.denied_by) == ("claimed", (ids["claim"],), None, denial.id)
    assert (denial.basis, denial.modality, denial.event_ids) == ("denied", "negated", (ids["denial"],))


def test_a_claim_confirmed_by_an_independent_report_is_linked_not_merged(store) -> None:
    claim_doc = Document("c", "State media of Hhh said Ggg attacked a patrol.", outlet="hhh-state", published="2024-07-01")
    same_doc = Document("s", "Hhh's state television repeated that Ggg attacked a patrol.", outlet="hhh-state", published="2024-07-01")
    later_doc = Document("l", "Ggg forces attacked an Hhh patrol on Monday, witnesses told our reporter.", outlet="wire", published="2024-07-03")
    streams.save(store, claim_doc, streams.event(claim_doc, "ASSAULT", "GGG", "HHH", "2024-07-01", claimed_by="HHH"))
    streams.save(store, same_doc, streams.event(same_doc, "ASSAULT", "GGG", "HHH", "2024-07-01"))  # asserted, but not independent
    cluster_reports(store)
    claim, own = read_clusters(store)
    assert (claim.basis, own.basis, claim.confirmed_by) == ("claimed", "asserted", None)
    streams.save(store, later_doc, streams.event(later_doc, "ASSAULT", "GGG", "HHH", "2024-07-02"))
    cluster_reports(store)  # a later run: the new report joins the stored asserted cluster, which now confirms
    claim, own = read_clusters(store)
    assert (claim.confirmed_by, claim.reports, own.reports, own.sources) == (own.id, 1, 2, 2)


def test_incremental_runs_join_stored_clusters_and_remember_syndication(store) -> None:
    ids = streams.five_outlets(store)
    store.db.execute("DELETE FROM events WHERE doc_id IN ('five-copy', 'five-own3')")
    cluster_reports(store)
    assert _summary(store) == [("ASSAULT", "asserted", "2024-05-06", "2024-05-06", 3, 3, 3)]
    store.db.execute("DELETE FROM documents WHERE id IN ('five-copy', 'five-own3')")
    streams.five_outlets(store)  # the other two outlets arrive later: the copy still counts as the wire's
    run = cluster_reports(store)
    assert (run.reports, run.new_clusters) == (2, 0)
    assert _summary(store) == [("ASSAULT", "asserted", "2024-05-06", "2024-05-06", 5, 5, 4)]
    assert read_clusters(store)[0].event_ids == tuple(sorted(ids))
    assert cluster_reports(store).reports == 0


def test_a_stream_holds_only_a_window_of_clusters(store) -> None:
    start = date(2023, 1, 1)
    for n in range(120):
        day = (start + timedelta(days=n)).isoformat()
        doc = Document(f"d{n}", f"Report number {n} of the day {day} on talks.", outlet="daily", published=day)
        streams.save(store, doc, streams.event(doc, "CONSULT", "AAA", "BBB", day), streams.event(doc, "ACCUSE", "BBB", "AAA", day, at=7))
    run = cluster_reports(store, Settings(cluster_window_days=1), batch=50)
    assert run.reports == 240
    assert run.peak_open <= 2 * 4  # two dyads, a window of about two days of clusters each
    assert [c.reports for c in read_clusters(store)] == [2] * 120  # talks the next day extend the cluster by a day


def test_intervals_of_coarse_dates() -> None:
    assert interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert interval("2023") == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_version_1_store_gains_the_cluster_tables(tmp_path, monkeypatch) -> None:
    from flashpoint.store import open_store, sqlite

    with open_store(tmp_path / "new.db") as new:
        streams.five_outlets(new)
    monkeypatch.setattr(sqlite.SQLiteStore, "migrations", sqlite.MIGRATIONS[:1])
    with open_store(tmp_path / "old.db") as old:  # a version 1 store holding the same documents and events
        assert old.schema_version == 1
        old.db.execute(f"ATTACH '{tmp_path / 'new.db'}' AS new")
        v1_columns = ", ".join(r[1] for r in old.db.execute("PRAGMA main.table_info(documents)"))
        old.db.execute(f"INSERT INTO documents SELECT {v1_columns} FROM new.documents")
        old.db.execute("INSERT INTO events SELECT * FROM new.events")
        old.db.execute("INSERT INTO event_actors SELECT * FROM new.event_actors")
    monkeypatch.undo()
    with open_store(tmp_path / "old.db") as store:
        assert store.schema_version == len(sqlite.MIGRATIONS)
        assert cluster_reports(store).new_clusters == 1


def test_one_article_with_events_far_apart_in_time_gets_one_source(store) -> None:
    # an article recalling a years-old attack beside today's talks: its events fall into windows years apart
    doc = Document("recall", "Article about AAA and BBB: talks today, an attack long ago, and more.", outlet="paper", published="2024-05-06")
    streams.save(store, doc, streams.event(doc, "ASSAULT", "AAA", "BBB", "2015-03-01", at=0),
         streams.event(doc, "CONSULT", "AAA", "BBB", "2024-05-06", at=10), streams.event(doc, "ACCUSE", "BBB", "AAA", "2024-05-06", at=20))
    cluster_reports(store)
    assert store.db.execute("SELECT doc_id, source FROM document_sources").fetchall() == [("recall", "paper")]


def test_a_report_that_adds_an_actor_code_is_indexed_and_evicted_cleanly(store) -> None:
    """Issue 9 item 1: a report joining a cluster with a new actor code, then a report past the window (KeyError)."""
    first = Document("j1", "Aaa and Bbb agreed on a trade deal.", outlet="one", published="2024-05-01")
    second = Document("j2", "Aaa and Ccc agreed on a trade deal with Bbb.", outlet="two", published="2024-05-01")
    later = Document("j3", "Aaa consulted Bbb again much later.", outlet="three", published="2024-06-20")
    streams.save(store, first, streams.event(first, "CONSULT", "AAA", "BBB", "2024-05-01"))
    joined = streams.event(second, "CONSULT", "AAA", "BBB", "2024-05-01")
    joined = joined.model_copy(update={"actor": [streams.actor("AAA"), streams.actor("CCC", 4)]})
    streams.save(store, second, joined)
    third = streams.event(later, "CONSULT", "CCC", "BBB", "2024-05-02")
    streams.save(store, later, third, streams.event(later, "CONSULT", "AAA", "BBB", "2024-06-20", at=10))
    run = cluster_reports(store)
    assert run.reports == 4
    clusters = read_clusters(store)
    assert [c.actors for c in clusters][:1] == [("AAA", "CCC")]
    assert clusters[0].reports == 3  # the CCC report two days later found the cluster through its new code


def test_signatures_find_a_near_copy_and_forget_what_is_removed() -> None:
    from flashpoint.monitor.cluster import Signatures, similarity

    story = " ".join(f"word{i}" for i in range(300))
    edited = story.replace("word150", "changed")  # a copy with one word edited
    other = " ".join(f"term{i}" for i in range(300))
    index = Signatures(64, 0.7)
    assert (index.bands, index.rows) == (8, 8)
    index.insert("story", index.of(story))
    assert similarity(index.of(edited), index.of(story)) >= 0.9 and "story" in index.candidates(index.of(edited))
    assert similarity(index.of(other), index.of(story)) < 0.2 and "story" not in index.candidates(index.of(other))
    index.remove("story", index.of(story))
    assert not index.candidates(index.of(edited)) and not any(index.tables)


def test_bands_fit_the_signature_for_any_length() -> None:
    from flashpoint.monitor.cluster import best_bands

    for positions in (17, 31, 64, 128):
        for threshold in (0.5, 0.7, 0.9):
            bands, rows = best_bands(threshold, positions)
            assert bands * rows <= positions and rows > 1
            assert bands > 1 or threshold > 0.8  # near-identical copies only: one long band is the best filter


def test_clustering_a_file_store_lets_checkpoints_reset_the_write_ahead_log(tmp_path) -> None:
    """Clustering reads the unclustered events beside its own writes; a read that held the store open for the
    whole run kept the write-ahead log from ever being reset, and it grew without bound on a large store."""
    with open_store(tmp_path / "events.db") as store:
        streams.escalation(store)
        reading = cluster.reports(store)
        first = next(reading)
        store.db.execute("UPDATE events SET score = score WHERE id = ?", (first.event_id,))
        store.db.commit()
        busy, _, _ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
        assert (tmp_path / "events.db-wal").stat().st_size == 0
        assert len([first, *reading]) == store.counts()["events"]  # and the read still yields every report
