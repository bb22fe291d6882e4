from eventwire.dedupe.story_clusters import StoryIndex, salient_terms

FLOOD_1 = (
    "Floodwaters swept through Marrowby on Monday after the River Tolle burst its banks, forcing "
    "1,200 residents from their homes. Mayor Ellen Vost said emergency shelters had opened at "
    "Marrowby High School and the Tolle Valley sports hall."
)
FLOOD_2 = (
    "Rescue crews in Marrowby worked through the night as the Tolle kept rising. Mayor Ellen Vost "
    "asked the 1,200 evacuated residents to stay in the shelters until engineers inspect the "
    "damaged levee."
)
STRIKE = (
    "Dock workers at Port Halden walked out on Tuesday in a dispute over pay, halting container "
    "traffic. The Halden Dockers Union said talks with the port authority had broken down after "
    "management offered a 2 percent raise."
)
STRIKE_2 = (
    "The strike at Port Halden entered its third day as the Halden Dockers Union rejected a "
    "revised offer. Ships are queuing outside the harbour, the port authority said."
)


def test_salient_terms_weigh_names_and_numbers_above_plain_words() -> None:
    terms = salient_terms(FLOOD_1)
    assert terms["vost"] > terms["residents"]
    assert terms["#1200"] > terms["residents"]
    assert "the" not in terms and "said" not in terms
    assert "floodwaters" in terms  # a sentence-initial word is a plain word, not a name


def test_articles_of_one_story_share_its_id_and_others_do_not() -> None:
    index = StoryIndex()
    assert index.add("f1", FLOOD_1, "2022-03-07") == "f1"
    assert index.add("s1", STRIKE, "2022-03-08") == "s1"
    assert index.add("f2", FLOOD_2, "2022-03-08") == "f1"
    assert index.add("s2", STRIKE_2, "2022-03-10") == "s1"
    assert index.add("f2", FLOOD_2, "2022-03-08") == "f1"  # idempotent


def test_a_story_goes_quiet_outside_its_time_window() -> None:
    index = StoryIndex(window_days=10)
    index.add("f1", FLOOD_1, "2022-03-07")
    assert index.add("f2", FLOOD_2, "2022-06-01") == "f2"


def test_copies_join_their_original_and_stored_stories_reload() -> None:
    index = StoryIndex()
    index.add("f1", FLOOD_1, "2022-03-07")
    assert index.add("copy", STRIKE, "2022-03-07", duplicate_of="f1") == "f1"
    later = StoryIndex()
    later.load(
        [
            ("f1", "2022-03-07", salient_terms(FLOOD_1), "story-x"),
            ("s1", "2022-03-08", salient_terms(STRIKE), None),
        ]
    )
    assert later.story_of("f1") == "story-x" and later.story_of("s1") == "s1"
    assert later.add("f2", FLOOD_2, "2022-03-09") == "story-x"


def test_same_articles_same_order_same_stories() -> None:
    docs = [("f1", FLOOD_1), ("s1", STRIKE), ("f2", FLOOD_2), ("s2", STRIKE_2)]
    runs = []
    for _ in range(2):
        index = StoryIndex()
        runs.append([index.add(i, t) for i, t in docs])
    assert runs[0] == runs[1]
