from eventwire.annotate.sources import article_sources, sources_of_span


def record() -> dict:
    quote = {"speaker_start": 0, "speaker_end": 8, "speaker_description": "a senior analyst"}
    return {
        "quotes": [
            {
                "text": "a",
                "start": 20,
                "end": 30,
                "speaker": "Ann Lee",
                "anonymous": False,
                **quote,
            },
            {
                "text": "b",
                "start": 40,
                "end": 50,
                "speaker": "ann  lee",
                "anonymous": False,
                **quote,
            },
            {
                "text": "c",
                "start": 90,
                "end": 99,
                "speaker": "a diplomat",
                "anonymous": True,
                "speaker_start": 80,
                "speaker_end": 89,
                "speaker_description": "diplomat",
            },
        ],
        "attributions": [
            {
                "content": "d",
                "start": 120,
                "end": 140,
                "speaker": "two US officials",
                "anonymous": True,
                "speaker_start": 100,
                "speaker_end": 116,
                "cue": "said",
            },
            {
                "content": "e",
                "start": 150,
                "end": 160,
                "speaker": None,
                "anonymous": False,
                "speaker_start": None,
                "speaker_end": None,
                "cue": "said",
            },
        ],
    }


def test_sources_are_grouped_counted_and_ordered() -> None:
    sources = [s.to_json() for s in article_sources(record())]
    assert sources == [
        {
            "speaker": "Ann Lee",
            "anonymous": False,
            "description": "a senior analyst",
            "quotes": 2,
            "attributions": 0,
        },
        {
            "speaker": "a diplomat",
            "anonymous": True,
            "description": "diplomat",
            "quotes": 1,
            "attributions": 0,
        },
        {
            "speaker": "two US officials",
            "anonymous": True,
            "description": None,
            "quotes": 0,
            "attributions": 1,
        },
    ]


def test_sources_of_a_sentence() -> None:
    sources = article_sources(record())
    assert [s.speaker for s in sources_of_span(sources, 85, 145)] == [
        "a diplomat",
        "two US officials",
    ]
    assert sources_of_span(sources, 200, 300) == []
