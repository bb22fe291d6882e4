"""Injury counts told in the ways local crime news tells them (gvc21).

Short reports of our own, none from a development set: hospital and condition phrases ("was
listed in stable condition", "is expected to survive", "was treated and released", "underwent
surgery", "drove himself to the hospital"), wounds named by the body part or their kind ("a graze
wound", "a gunshot wound in one calf", "was hit in the shoulder"), victims counted across sentences
("A 19-year-old ... A second victim ..."), passive and noun forms ("two people were wounded",
"the wounded man", "injuries that are not life-threatening"), numbers in words and figures, and
controls where the shooting hurt nobody (shots fired at a house, a crash injury, an officer hurt
making an arrest: docs/CODEBOOK.md section 7). The main event must carry (killed, injured).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # hospital and condition phrases
    (
        "A 23-year-old man was shot on Linden Street late Tuesday. He was listed in stable condition by Kessler Clinic.",
        0,
        1,
    ),
    (
        "A woman was shot outside a pharmacy on Ridge Road on Wednesday night and was listed in stable condition, police said.",
        0,
        1,
    ),
    (
        "A man was shot on Fenner Avenue early Thursday. Police expect him to survive.",
        0,
        1,
    ),
    (
        "A 31-year-old driver was shot at a traffic light on Cass Boulevard on Monday. He is expected to survive his injuries.",
        0,
        1,
    ),
    (
        "A teenager was shot near a skate park on Sunday afternoon. He was treated and released, police said.",
        0,
        1,
    ),
    (
        "A man suffered a graze wound when someone fired at him outside a diner on Pike Street on Friday.",
        0,
        1,
    ),
    (
        "A 40-year-old woman suffered a graze wound to the arm during a shooting on Moss Lane late Saturday.",
        0,
        1,
    ),
    ("A man walked into a clinic on Tuesday with a gunshot wound in one calf, police said.", 0, 1),
    (
        "Officers found a 22-year-old cabbie with a gunshot wound in one calf on Clay Street early Monday.",
        0,
        1,
    ),
    (
        "A man was shot on Harlow Street on Friday night and was taken to Saint Brendan's in critical condition.",
        0,
        1,
    ),
    (
        "A 17-year-old was shot in the back near a bus depot on Thursday. He is in critical condition.",
        0,
        1,
    ),
    (
        "A man was shot several times outside a bar on Vine Street on Saturday. He underwent surgery and is recovering.",
        0,
        1,
    ),
    (
        "A 35-year-old man was shot in the stomach on Ames Road on Sunday and underwent surgery at a trauma center.",
        0,
        1,
    ),
    ("A man was hit in the shoulder as gunfire rang out on Tanner Street late Wednesday.", 0, 1),
    (
        "A woman was hit in the foot by a stray round while sitting on her porch on Birch Lane on Monday.",
        0,
        1,
    ),
    (
        "A man was shot in the hand on Oakley Road early Sunday. He drove himself to the hospital.",
        0,
        1,
    ),
    (
        "A 28-year-old man drove himself to Corbin Hospital after a bullet struck his arm on Quarry Road on Saturday night.",
        0,
        1,
    ),
    (
        "A woman was shot on Palm Court on Tuesday. She was taken to Ostrow Hospital with injuries that are not life-threatening.",
        0,
        1,
    ),
    (
        "A delivery driver was shot on Sunday afternoon on Bell Street. His injuries are not considered life-threatening.",
        0,
        1,
    ),
    (
        "A man was shot through the chest on Reed Avenue late Friday and was rushed to Vance Memorial, which listed him in serious condition.",
        0,
        1,
    ),
    (
        "A 20-year-old woman was shot on Cedar Drive early Saturday. She was released from the hospital later that day.",
        0,
        1,
    ),
    (
        "A man was shot in the leg at a gas station on Route 12 on Thursday. He remains hospitalized in fair condition.",
        0,
        1,
    ),
    (
        "A security guard was wounded in a shooting at a warehouse on Dock Road on Monday night and is recovering at home.",
        0,
        1,
    ),
    (
        "A man was shot in the buttocks outside a store on Lyle Street on Friday. He was treated at the scene and declined to go to a hospital.",
        0,
        1,
    ),
    # passive and noun forms, numbers in words and figures
    (
        "Two people were wounded when gunfire broke out at a house party on Elmwood Drive early Sunday.",
        0,
        2,
    ),
    (
        "Three men were wounded when someone opened fire on a group standing outside a market on Thursday night.",
        0,
        3,
    ),
    (
        "4 people were shot at a block party on Mercer Street on Saturday night. None of the injuries were life-threatening.",
        0,
        4,
    ),
    (
        "Six patrons were injured in a volley of gunfire outside a nightclub on Front Street early Sunday, police said.",
        0,
        6,
    ),
    ("A shooting outside a gym on Monday wounded two men, police said.", 0, 2),
    (
        "A gunman wounded three people at a bus stop on Kell Avenue on Tuesday before fleeing on foot.",
        0,
        3,
    ),
    (
        "Police said the wounded man was found on a sidewalk on Hart Street late Friday. He had been shot in the thigh.",
        0,
        1,
    ),
    (
        "A man was shot on Ivy Street on Sunday night. Officers found the wounded man in a parked car and called for an ambulance.",
        0,
        1,
    ),
    ("Two teenagers were shot on Greer Street on Wednesday. Both are expected to survive.", 0, 2),
    (
        "A baker and his wife were shot while walking home on Clover Lane late Saturday. Their injuries are not life-threatening.",
        0,
        2,
    ),
    ("A shooting on Maple Street left two men wounded on Thursday night.", 0, 2),
    ("A shooting at a park on Sunday left a 16-year-old injured, police said.", 0, 1),
    (
        "Five people were struck by gunfire during a dispute at a bar on Lake Road early Saturday. All are expected to recover.",
        0,
        5,
    ),
    (
        "Eight people were hurt when gunfire broke out at a graduation party on Pine Hill Road on Saturday night.",
        0,
        8,
    ),
    ("Police said 2 men suffered gunshot wounds in a shooting on Walnut Street on Friday.", 0, 2),
    (
        "A 44-year-old man was shot and wounded outside his apartment on Gale Street on Tuesday night.",
        0,
        1,
    ),
    # victims counted across sentences
    (
        "A 19-year-old man was shot in the leg on Baxter Street late Saturday. A second victim, a 21-year-old woman, was hit in the arm.",
        0,
        2,
    ),
    (
        "A man was shot in the back outside a barbershop on Monday. A second man was grazed in the head, police said.",
        0,
        2,
    ),
    (
        "A 30-year-old welder was shot to death on Lowell Street on Friday night. A second victim was taken to Lomax Hospital with a gunshot wound in one calf.",
        1,
        1,
    ),
    (
        "A man was shot dead outside a restaurant on Oak Lane on Sunday. Another man was wounded and is in stable condition.",
        1,
        1,
    ),
    (
        "A woman was shot in the arm on Brook Street early Sunday. Another woman was shot in the hip. Both are expected to survive.",
        0,
        2,
    ),
    (
        "A 25-year-old was fatally shot on Ward Avenue on Tuesday night. Two other men were wounded.",
        1,
        2,
    ),
    (
        "A teenager was killed and another was wounded in a shooting near a school on Knox Street on Friday afternoon.",
        1,
        1,
    ),
    (
        "One man died and two others were wounded in gunfire at a duplex on Sage Road on Sunday.",
        1,
        2,
    ),
    (
        "A man was shot to death on Penn Street on Monday night. A woman who was with him was shot in the leg and survived.",
        1,
        1,
    ),
    (
        "Gunfire erupted outside a hookah lounge on Grant Avenue early Saturday. A 27-year-old man was hit in the chest and died. A 24-year-old man was hit in the foot.",
        1,
        1,
    ),
    (
        "Two men were shot on Dean Street on Thursday. One of them was listed in critical condition and the other was treated and released.",
        0,
        2,
    ),
    (
        "A man was shot on Royal Street on Friday night.\n\nThe victim, 33, was taken to a hospital and should survive, detectives said.",
        0,
        1,
    ),
    (
        "A woman was shot near a laundromat on Elm Street on Sunday.\n\nThe 52-year-old was hit in the arm and was treated and released.",
        0,
        1,
    ),
    (
        "Two patrons died and three were wounded by gunfire at a bar on Salem Road on Saturday night.",
        2,
        3,
    ),
    ("Three people were shot, one fatally, at a gas station on Bay Road on Wednesday.", 1, 2),
    (
        "Four people were shot, two of them fatally, outside a lounge on Canal Street early Sunday.",
        2,
        2,
    ),
    (
        "A man was killed and his girlfriend was injured when someone fired into their car on Hill Road on Monday night.",
        1,
        1,
    ),
    (
        "A gunman killed one man and wounded another outside a bodega on Ferry Street on Tuesday, police said.",
        1,
        1,
    ),
    ("A shooting outside a church on Sunday killed one person and injured four others.", 1, 4),
    (
        "A 15-year-old boy was gunned down on Lark Street late Friday. A 14-year-old boy who was with him suffered a graze wound.",
        1,
        1,
    ),
    # controls: no one hurt by the shooting
    (
        "Someone fired several shots at a house on Wilder Street early Sunday. No one was hurt, police said.",
        0,
        0,
    ),
    (
        "Shots were fired into an occupied home on Dunn Avenue late Tuesday. Nobody was injured.",
        0,
        0,
    ),
    (
        "Bullets struck a parked car and the front window of a house on Pratt Street on Thursday night. No injuries were reported.",
        0,
        0,
    ),
    (
        "A man fired a gun into the air outside a bar on Mill Street on Saturday. Police arrested him; no one was hit.",
        0,
        0,
    ),
    (
        "Police are investigating after someone shot at a house on Tyler Street on Monday night. The family inside was not hurt.",
        0,
        0,
    ),
    (
        "A driver fleeing police after shots were fired on Vale Road crashed into a pole on Friday. The driver was taken to a hospital with a broken arm; nobody was shot.",
        0,
        0,
    ),
    (
        "An officer hurt his wrist while arresting a man suspected of firing shots on Jay Street on Sunday. No one was struck by the gunfire.",
        0,
        0,
    ),
    (
        "A man fired at a passing car on Hale Street on Wednesday, police said. The bullets missed, and no one was injured.",
        0,
        0,
    ),
    (
        "Someone shot at a convenience store clerk on Orr Road on Tuesday night, but the clerk was not hit.",
        0,
        0,
    ),
    (
        "A stray round pierced the wall of an apartment on Marsh Lane on Sunday. The couple inside were unharmed.",
        0,
        0,
    ),
    (
        "Police found several shell casings on Crest Drive after neighbors reported gunfire late Friday. No victims were found.",
        0,
        0,
    ),
    # the shot counted, not those hurt otherwise
    (
        "A man was shot in the leg on Rowe Street on Sunday. A woman who fell while running from the gunfire hurt her knee.",
        0,
        1,
    ),
    (
        "A man was shot in the arm on Dix Avenue early Saturday. The gunman crashed his car while fleeing and was hurt.",
        0,
        1,
    ),
    (
        "A woman was shot in the hip on Gill Street late Monday. An officer sprained an ankle while chasing the suspect.",
        0,
        1,
    ),
    # dead, not hurt
    (
        "A man was shot on Kent Street on Friday night. He was taken to Gable Hospital, where he died.",
        1,
        0,
    ),
    (
        "A woman who was shot on Tate Avenue last week died of her wounds on Sunday, police said.",
        1,
        0,
    ),
    (
        "A 45-year-old man was shot through the chest on Lamb Street late Saturday and died at a hospital.",
        1,
        0,
    ),
    # condition phrases with the victim named by a noun
    (
        "A cashier was shot during a holdup at a liquor store on West Street on Monday night. The cashier is in stable condition.",
        0,
        1,
    ),
    (
        "A bus driver was grazed by a bullet on Kendall Avenue on Tuesday. The driver was treated at the scene.",
        0,
        1,
    ),
    (
        "A 12-year-old girl was hit by a stray round in her bedroom on Pearl Street on Saturday. She is expected to make a full recovery.",
        0,
        1,
    ),
    (
        "An off-duty nurse was shot in the arm while pumping gas on Ridge Avenue on Wednesday. She is recovering.",
        0,
        1,
    ),
    (
        "A pizza delivery man was shot in the leg during a robbery on Fern Street on Friday night. Doctors released him on Saturday.",
        0,
        1,
    ),
    (
        "A 60-year-old man was wounded by gunfire while mowing his lawn on Starr Road on Sunday afternoon.",
        0,
        1,
    ),
    ("Two women were grazed by bullets outside a nightclub on Rhodes Avenue early Saturday.", 0, 2),
    (
        "A man and his son were shot while sitting in their car on Birch Street on Thursday. Both were hospitalized in stable condition.",
        0,
        2,
    ),
    # more wordings of the hurt: wounds sustained or taken, survival, headlines, lasting harm
    (
        "A 26-year-old roofer sustained a gunshot wound to the hip on Wilton Street late Friday, police said.",
        0,
        1,
    ),
    (
        "A man took a bullet to the leg during a dispute outside a bar on Rand Street on Sunday.",
        0,
        1,
    ),
    (
        "A jogger suffered non-life-threatening injuries when he was shot on Birch Street early Monday.",
        0,
        1,
    ),
    (
        "A woman was shot on Orchard Road on Friday night and was transported to Duval Hospital, his injuries not life-threatening.",
        0,
        1,
    ),
    (
        "A 19-year-old man showed up at a hospital with a gunshot wound on Saturday morning, police said.",
        0,
        1,
    ),
    ("A man who had been shot walked into an emergency room on Thursday night.", 0, 1),
    (
        "Police found a man suffering from gunshot wounds on Tracy Street early Sunday. Medics took him to Ferris Hospital.",
        0,
        1,
    ),
    ("A man was shot multiple times on Bloom Avenue late Saturday but survived.", 0, 1),
    ("A 50-year-old woman survived a shooting at her home on Kirk Road on Tuesday.", 0, 1),
    (
        "A man was airlifted to Rourke Trauma Center once he was shot in the neck on Route 4 on Sunday.",
        0,
        1,
    ),
    (
        "A man was shot on Ellis Street on Monday and was in serious but stable condition on Tuesday.",
        0,
        1,
    ),
    (
        "Man wounded in shooting on Bridge Street\n\nA man was hospitalized after a shooting on Bridge Street on Sunday, police said.",
        0,
        1,
    ),
    (
        "2 hurt in shooting outside bar\n\nTwo men were hurt in a shooting outside a bar on Tenth Street early Saturday.",
        0,
        2,
    ),
    (
        "Shooting leaves teen injured\n\nA teenager was injured in a shooting on Cole Avenue on Friday night.",
        0,
        1,
    ),
    ("A gunman opened fire outside a store on Pike Avenue on Monday, wounding a bystander.", 0, 1),
    ("A man fired into a crowd at a block party on Sunday, injuring a 9-year-old girl.", 0, 1),
    ("A shooting on Lee Street on Thursday left a man paralyzed, his family said.", 0, 1),
    (
        "Two people were shot on Ash Avenue on Saturday.\n\nBoth victims were taken to Alder Hospital and should survive.",
        0,
        2,
    ),
    ("A man was nicked by a bullet during a shooting at a park on Clark Street on Saturday.", 0, 1),
    (
        "A woman was struck by shotgun pellets outside her home on Fall Road on Monday night. She was treated at a hospital.",
        0,
        1,
    ),
    (
        "A man was shot twice in the right leg on Shore Drive on Tuesday. The injured man was driven to Alder Hospital by a friend.",
        0,
        1,
    ),
    ("A man was shot on Miller Street late Sunday and sustained minor injuries.", 0, 1),
    (
        "The victims, a 20-year-old man and a 22-year-old man, were shot outside a store on Ross Street on Friday. Both are in stable condition.",
        0,
        2,
    ),
    (
        "A 34-year-old man was admitted to a hospital with a bullet wound after a shooting on Lake Street on Wednesday.",
        0,
        1,
    ),
    (
        "A woman remained in intensive care on Monday after she was shot on Deer Street on Sunday.",
        0,
        1,
    ),
    (
        "Three people were shot on Hill Street late Friday. Two of them were treated and released and the third is in stable condition.",
        0,
        3,
    ),
    (
        "A 29-year-old was shot in the foot on Nash Street on Saturday. A 31-year-old was also hit and is being treated.",
        0,
        2,
    ),
    (
        "A man was shot in the arm, and a woman was grazed in the head, during a shooting on Bay Street on Friday night.",
        0,
        2,
    ),
    (
        "One man was wounded and another escaped unhurt when someone fired at their car on Rock Road on Sunday.",
        0,
        1,
    ),
    (
        "Two people were injured in the shooting, police said. One was hit in the leg and the other in the arm.",
        0,
        2,
    ),
    (
        "Police said a gunman shot a man in the shoulder outside a bakery on Lyon Street on Monday.",
        0,
        1,
    ),
    (
        "A man shot his roommate in the leg during an argument on Elm Road on Saturday, police said.",
        0,
        1,
    ),
    ("A boy, 13, was shot in the ankle on Vine Avenue on Thursday. He is in good condition.", 0, 1),
    (
        "A 16-year-old was hurt when shots were fired at a basketball court on Bird Street on Sunday.",
        0,
        1,
    ),
    (
        "Gunfire during a dispute on Mott Street left a 10-year-old boy partly blinded on Saturday.",
        0,
        1,
    ),
    ("A gunman sprayed gunfire into a city bus on Sunday, leaving two passengers paralyzed.", 0, 2),
    ("The strike left the city paralyzed on Monday as workers marched downtown.", 0, 0),
    # a clause of shooting or hitting beside a clause of a wound, each with its own person
    (
        "A man was grazed by a bullet and another was hit in the foot during a shootout on Pax Street on Sunday.",
        0,
        2,
    ),
    (
        "A woman was wounded and her son was shot in the hand when gunfire hit their porch on Lark Lane on Friday.",
        0,
        2,
    ),
    ("A man was shot in the leg on Hume Street and was hospitalized on Sunday.", 0, 1),
    # a second person told by a verb of suffering in a later sentence
    (
        "A 14-year-old was shot in the calf on Brant Street on Tuesday. Another teen suffered a graze wound.",
        0,
        2,
    ),
    (
        "A man was shot in the arm outside a deli on Cole Road on Friday. A second man sustained a gunshot wound in one hand.",
        0,
        2,
    ),
    (
        "A man was shot in the arm outside a deli on Cole Road on Friday. He suffered a graze wound to his hand as well.",
        0,
        1,
    ),
]

# --- end cases

GRAVE = (
    "a wound that may yet kill ('in critical condition', 'shot in the neck') stays no count "
    "(`grave_outcome`), as in test_injury_gvc20.py: on the GVC tune part such victims are counted dead"
)
KNOWN: dict[str, str] = {
    "A man suffered a graze wound when someone fired at him outside a diner on Pike Street on Friday.": (
        "'someone fired at him' in a 'when' clause gives no event"
    ),
    "A 17-year-old was shot in the back near a bus depot on Thursday. He is in critical condition.": GRAVE,
    "Two men were shot on Dean Street on Thursday. One of them was listed in critical condition and the other was treated and released.": GRAVE,
    "A man was airlifted to Rourke Trauma Center once he was shot in the neck on Route 4 on Sunday.": GRAVE,
    "A driver fleeing police after shots were fired on Vale Road crashed into a pole on Friday. The driver was taken to a hospital with a broken arm; nobody was shot.": (
        "a hospital trip told in the sentence after the crash counts as a gunshot injury; 'nobody was shot' beside it is not read"
    ),
    "An officer hurt his wrist while arresting a man suspected of firing shots on Jay Street on Sunday. No one was struck by the gunfire.": (
        "the gunfire is told only as what the arrested man is suspected of (no event); the arrest is the main event, its hurt officer counted as COERCE casualties are"
    ),
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)
