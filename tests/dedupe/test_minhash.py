from eventwire.dedupe.minhash import Deduper, normalised_words

STORY = (
    "Gunmen attacked a police checkpoint on the road north of the city on Tuesday, killing four "
    "officers and wounding six others, the provincial governor said. No group has claimed the "
    "attack, which followed weeks of rising tension between the security forces and armed groups "
    "in the area. The governor ordered extra patrols and closed the road for the night while "
    "investigators collected evidence at the scene. Residents said they heard gunfire for almost "
    "an hour before reinforcements arrived from the capital."
)
OTHER = (
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation and a "
    "weaker outlook for exports. Analysts had expected the decision, and markets barely moved. "
    "The bank said it would review its stance again next quarter as new figures arrive."
)


def test_exact_and_near_duplicates_point_at_the_original() -> None:
    dedupe = Deduper()
    assert dedupe.check("a", STORY)[0] is None
    assert dedupe.check("b", STORY.upper())[0] == "a"  # same words after normalising
    repost = (
        "Site tagline here\nHome / News\n"
        + STORY.replace("Tuesday", "Tuesday night")
        + "\nSource link"
    )
    assert dedupe.check("c", repost)[0] == "a"
    assert dedupe.check("d", OTHER)[0] is None


def test_signatures_reload_across_runs() -> None:
    first = Deduper()
    _, signature = first.check("a", STORY)
    later = Deduper()
    later.load([("a", None, signature)])
    assert later.check("z", STORY + " Updated at noon.")[0] == "a"
    assert later.check("a", STORY)[0] is None  # the original itself stays an original


def test_an_earlier_published_copy_becomes_the_original_and_earlier_copies_follow() -> None:
    dedupe = Deduper()
    assert dedupe.check("late", STORY, "2021-05-03")[0] is None
    assert dedupe.check("early", STORY + " Share this.", "2021-05-01")[0] is None
    assert dedupe.repointed == {"late": "early"}
    assert dedupe.copies_of("early") == ("late",)
    assert dedupe.check("third", "Home\n" + STORY, "2021-05-04")[0] == "early"


def test_a_repost_never_displaces_the_page_it_copies_but_a_fuller_update_does() -> None:
    dedupe = Deduper()
    assert dedupe.check("orig", STORY, "2021-05-01")[0] is None
    assert dedupe.check("repost", STORY + " Source link", "2021-05-01", repost=True)[0] == "orig"
    longer = STORY + " " + STORY.replace("Tuesday", "Wednesday").replace("four", "five")
    assert dedupe.check("update", longer, "2021-05-01")[0] is None
    assert dedupe.repointed == {"orig": "update", "repost": "update"}


def test_site_chrome_lines_do_not_hide_a_short_copy() -> None:
    short = OTHER
    chrome = "\n".join(
        [
            "Home | Markets | Economy | Opinion | Video",
            "Share on Facebook Share on Twitter Email",
            "Your daily briefing on money",
            short,
            "Source link",
            "Copyright 2021 Example Money Network",
        ]
    )
    dedupe = Deduper()
    dedupe.check("a", short)
    assert dedupe.check("b", chrome)[0] == "a"


def test_different_reports_of_the_same_incident_are_not_copies() -> None:
    other_report = (
        "Four police officers died when gunmen opened fire on a checkpoint north of the city, "
        "the governor's office confirmed on Wednesday. Six more were taken to hospital. Local "
        "people described a long exchange of fire. Security forces have since reinforced the "
        "road, and an investigation is under way, officials added."
    )
    dedupe = Deduper()
    dedupe.check("a", STORY)
    assert dedupe.check("b", other_report)[0] is None


def test_signatures_are_datasketch_minhashes_of_the_shingle_codes() -> None:
    import numpy as np
    from datasketch import MinHash

    from eventwire.dedupe.minhash import (
        NUM_PERM,
        PERMUTATION_SEED,
        SCHEME,
        minhash_values,
        shingle_hashes,
    )

    codes = shingle_hashes("gunmen attacked a police checkpoint on the road north of the city")
    reference = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=PERMUTATION_SEED, hashfunc=int)
    reference.update_batch(codes.tolist())
    assert np.array_equal(minhash_values(codes), reference.hashvalues)
    empty = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=PERMUTATION_SEED)
    assert np.array_equal(minhash_values(codes[:0]), empty.hashvalues)


def test_shingles_are_distinct_word_4_grams_wherever_they_occur() -> None:
    from eventwire.dedupe.minhash import shingle_hashes

    a = shingle_hashes("one two three four five")
    b = shingle_hashes("zero one two three four")
    assert len(a) == 2 and len(b) == 2
    assert len(set(a.tolist()) & set(b.tolist())) == 1  # "one two three four"
    assert len(shingle_hashes("a b a b a b a b")) == 2  # "a b a b" and "b a b a"
    assert len(shingle_hashes("two words")) == 1
    assert len(shingle_hashes("")) == 0
    assert len(shingle_hashes("ümlaut wörds ßtay intact here")) == 2


def test_band_index_finds_what_datasketch_lsh_finds() -> None:
    from datasketch import MinHash, MinHashLSH

    from eventwire.dedupe.minhash import (
        BANDS,
        NUM_PERM,
        PERMUTATION_SEED,
        ROWS,
        SCHEME,
        BandIndex,
        signature_values,
    )

    texts = {
        "story": STORY,
        "copy": STORY.replace("four", "five"),
        "half": STORY[: len(STORY) // 2],
        "other": OTHER,
    }
    ours = BandIndex()
    theirs = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    for key, text in texts.items():
        values = signature_values(" ".join(normalised_words(text)))
        sketch = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=PERMUTATION_SEED)
        sketch.hashvalues = values[:NUM_PERM]
        expected = set(theirs.query(sketch))
        assert ours.query_and_add(key, ours.band_keys(values)) == expected
        theirs.insert(key, sketch)
    assert expected == set()  # "other" shares no band with the story


def test_stored_signatures_of_an_older_format_still_find_exact_copies() -> None:
    import numpy as np

    from eventwire.dedupe.minhash import Signature, text_hash

    old = Signature(text_hash(STORY), np.zeros(129, dtype=np.uint32).tobytes())
    dedupe = Deduper()
    dedupe.load([("a", None, old)])
    assert dedupe.stale == ["a"]
    assert dedupe.check("c", STORY + " Updated at noon.")[0] is None  # "a" is not indexed
    assert dedupe.check("b", STORY.upper())[0] == "a"  # but its exact text hash is known
    later = Deduper()
    later.load([("a", None, old)])
    assert later.check("a", STORY)[0] is None  # its text seen again: re-signed and indexed
    assert later.check("d", STORY + " Updated again.")[0] == "a"


def test_signature_layout() -> None:
    import numpy as np

    from eventwire.dedupe.minhash import NUM_PERM, SIGNATURE_FORMAT

    _, signature = Deduper().check("a", STORY)
    values = np.frombuffer(signature.hashvalues, dtype=np.uint32)
    assert len(values) == NUM_PERM + 2 and values[-1] == SIGNATURE_FORMAT
    assert 60 < values[NUM_PERM] < 80  # distinct word 4-grams of STORY


def test_long_texts_sign_in_chunks_like_short_ones() -> None:
    import numpy as np
    from datasketch import MinHash

    from eventwire.dedupe.minhash import (
        NUM_PERM,
        PERMUTATION_SEED,
        SCHEME,
        minhash_values,
        shingle_hashes,
    )

    text = " ".join(f"w{i}" for i in range(9000))  # > 32 KiB and > 4096 shingles
    codes = shingle_hashes(text)
    assert len(codes) == 8997
    reference = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=PERMUTATION_SEED, hashfunc=int)
    reference.update_batch(codes.tolist())
    assert np.array_equal(minhash_values(codes), reference.hashvalues)
    assert set(shingle_hashes("w1 w2 w3 w4").tolist()) <= set(codes.tolist())
