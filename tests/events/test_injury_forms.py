"""A battery of the ways shooting reports tell the killed and the injured (issue 15).

Every text was written for this battery. Each is a short report; its main event (the one the
coder marks `main`) must carry the expected counts as the Gun Violence Archive keeps them: the
dead, and the injured who lived (a person shot who later died counts once, as killed; a charge
of "attempted murder" names no death; a person "in critical condition" is injured). An unknown
count is 0, as in the archive.
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # --- injured, one person, told many ways
    ("A 23-year-old man was shot in the leg on Tuesday night on Maple Avenue.", 0, 1),
    ("A waitress suffered a gunshot wound to her arm during a quarrel outside a tavern.", 0, 1),
    ("A teenager was hospitalised in critical condition after gunfire near a rink.", 0, 1),
    ("A teenager was hospitalized in serious condition after a shooting on Sunday.", 0, 1),
    ("A 15-year-old boy was grazed by a bullet while walking home on Monday.", 0, 1),
    (
        "A carpenter was shot in the hand late Saturday. The carpenter was treated and then released from a clinic.",
        0,
        1,
    ),
    ("The victim, 24, was shot in the chest near a kiosk and is in stable condition.", 0, 1),
    ("The victim, a 24-year-old man, was shot in the arm on Sunday.", 0, 1),
    ("The victim, Tam Velder, 24, was shot in the leg and taken to a hospital.", 0, 1),
    ("Officers found a cook suffering from a gunshot wound late Tuesday.", 0, 1),
    ("A man suffering from several gunshot wounds was found in a car on Tuesday.", 0, 1),
    ("A woman was shot multiple times and remains in critical condition.", 0, 1),
    (
        "A teen was shot in the foot late Saturday; his injuries are not thought life-threatening.",
        0,
        1,
    ),
    ("A 12-year-old girl in her bedroom was struck by a stray round late Sunday.", 0, 1),
    ("A jeweller was shot and wounded during a robbery late Wednesday.", 0, 1),
    ("A clerk was shot and injured during an armed robbery on Wednesday.", 0, 1),
    ("A police officer was shot in the shoulder on Friday and is recovering.", 0, 1),
    (
        "A constable suffered minor, non-life-threatening injuries in the shootout late Friday.",
        0,
        1,
    ),
    ("A 45-year-old porter sustained a gunshot wound to the thigh late Sunday.", 0, 1),
    ("A cabbie, 52, is fighting for his life since the gunfire late Tuesday.", 0, 1),
    ("A 20-year-old man was shot in the abdomen and underwent surgery.", 0, 1),
    ("A man was wounded by gunfire on Friday.", 0, 1),
    ("A woman was injured by a stray bullet on Friday.", 0, 1),
    ("A boy was critically wounded in gunfire late Friday.", 0, 1),
    ("A man was seriously injured in a shooting on Friday.", 0, 1),
    ("A seamstress, 34, was shot in the face and is now in critical but stable condition.", 0, 1),
    ("A man was shot on Sunday. He is listed in good condition.", 0, 1),
    ("A grocer was shot twice in the back and driven to a clinic in critical condition.", 0, 1),
    ("A toddler was accidentally shot by his cousin late Sunday and is in stable condition.", 0, 1),
    ("A hunter accidentally shot himself in the hand as he cleaned his rifle late Monday.", 0, 1),
    ("A nurse was hospitalized late Monday with a gunshot wound in the hip.", 0, 1),
    ("A 33-year-old man suffered a graze wound to his head on Monday.", 0, 1),
    ("A security guard was injured when a robber fired a shot on Monday.", 0, 1),
    ("A woman was shot and critically injured on Monday.", 0, 1),
    ("A glazier was in critical condition late Monday after he was shot.", 0, 1),
    ("A man remains hospitalized in serious condition after a shooting on Monday.", 0, 1),
    ("A man was shot on Monday and is in stable condition, police said.", 0, 1),
    ("A 16-year-old cyclist was shot in the thigh; he was treated at a clinic and released.", 0, 1),
    ("A chef was shot in the hand late Friday. The wounded chef was treated by medics.", 0, 1),
    ("A shooting at a gas station on Friday left a clerk wounded.", 0, 1),
    ("A woman was caught in the crossfire and shot in the leg on Friday.", 0, 1),
    ("A stray bullet struck a girl in the shoulder on Friday.", 0, 1),
    ("A bullet struck a man in the back as he walked to his car on Friday.", 0, 1),
    ("A man was hit in the leg by a bullet on Friday.", 0, 1),
    ("A woman was hit by a bullet that came through her window on Friday.", 0, 1),
    ("A man was pistol-whipped and shot in the leg during a robbery on Friday.", 0, 1),
    ("A woman was shot in the arm during a road-rage incident on Friday.", 0, 1),
    ("A 7-year-old was injured by a bullet fragment on Friday.", 0, 1),
    ("A man was shot on Friday night and was listed in critical condition.", 0, 1),
    ("A woman was shot on Sunday and taken to a trauma center in serious condition.", 0, 1),
    ("A 27-year-old man was wounded in a shooting on Friday. He is expected to recover.", 0, 1),
    ("The gunfire wounded a 10-year-old girl on Friday.", 0, 1),
    ("A man was shot in the buttocks on Tuesday night.", 0, 1),
    ("A grocer was rushed to a clinic late Friday after he was shot in the stomach.", 0, 1),
    ("A bullet grazed a man's head during a shootout on Monday.", 0, 1),
    ("An officer shot and wounded a man who fired at deputies on Sunday.", 0, 1),
    ("A 19-year-old was shot in the hip late Friday. He was driven to a clinic.", 0, 1),
    ("A widow was hurt when a gunman fired a shot through the wall of her flat late Friday.", 0, 1),
    ("A man was hospitalized after he was shot in the arm on Friday.", 0, 1),
    ("A cab driver was shot in the neck during a robbery on Friday and survived.", 0, 1),
    ("A man was shot in the leg on Friday. His wounds are not considered serious.", 0, 1),
    # --- injured, several people
    ("A man and a woman were hit by gunfire outside a store on Thursday.", 0, 2),
    ("Three people were wounded late Saturday when shots from a passing car hit Birch Row.", 0, 3),
    ("Police said 4 guests were injured when a gunman fired into a party.", 0, 4),
    ("Two women were shot in the legs on Friday and are expected to survive.", 0, 2),
    ("Eleven people were injured, three seriously, in a shooting at a nightclub.", 0, 11),
    ("Six people were shot, none fatally, at a block party on Saturday.", 0, 6),
    ("A man and his girlfriend were wounded when someone fired into their car on Tuesday.", 0, 2),
    ("A 17-year-old boy was shot in the arm and his 16-year-old sister was shot in the leg.", 0, 2),
    ("The shooting on Friday left two people injured.", 0, 2),
    ("The shooting on Friday left three people wounded, one critically.", 0, 3),
    ("Two victims were taken to a hospital with gunshot wounds on Sunday.", 0, 2),
    ("Officers found two men with gunshot wounds on Saturday.", 0, 2),
    ("Two men are in stable condition after a shooting on Monday.", 0, 2),
    ("Two people were shot on Sunday. Both are expected to survive.", 0, 2),
    (
        "Two porters and a cook were shot outside a club late Saturday. All three should survive.",
        0,
        3,
    ),
    ("A gunman fired into a crowd late Friday, injuring five people.", 0, 5),
    ("Twin brothers, 18, were shot and wounded on Sunday.", 0, 2),
    ("Three teenagers were shot on Friday, police said.", 0, 3),
    (
        "The victims, a 22-year-old welder and a 19-year-old cashier, were driven to a clinic with "
        "non-life-threatening injuries.",
        0,
        2,
    ),  # fmt: skip
    ("Two men exchanged gunfire on Friday, and both were wounded.", 0, 2),
    ("Police said three people suffered gunshot wounds in the shooting on Friday.", 0, 3),
    (
        "Four people suffered injuries, none of them life-threatening, in a shooting on Friday.",
        0,
        4,
    ),  # fmt: skip
    ("Three people, including a child, were wounded in a shooting on Friday.", 0, 3),
    ("Two men, ages 20 and 22, were shot on Friday; both are expected to recover.", 0, 2),
    ("Gunfire erupted at a party on Friday, injuring 8 people.", 0, 8),
    ("A drive-by shooting wounded two teenagers on Friday.", 0, 2),
    ("Two men were hurt when a gun went off in a car on Friday.", 0, 2),
    ("Two men were shot on Friday, one in the leg and one in the arm.", 0, 2),
    ("A mother and her daughter were shot in a home invasion on Saturday and survived.", 0, 2),
    ("A man was shot in the leg, and a woman was shot in the arm on Friday.", 0, 2),
    ("Five commuters were injured in gunfire at a bus shelter late Friday.", 0, 5),
    ("Two teens were treated for gunshot wounds after a shooting on Friday.", 0, 2),
    ("A shooting on Friday sent three people to the hospital.", 0, 3),
    ("Nine people were wounded when gunmen fired into a crowd on Friday.", 0, 9),
    ("Two men were shot on Friday. Both were taken to a hospital in stable condition.", 0, 2),
    ("A man and a teenager were shot on Friday. Both are in critical condition.", 0, 2),
    ("Fourteen people were hurt in a shooting at a concert on Saturday.", 0, 14),
    # --- killed, with no one hurt
    ("The victim, 31, was pronounced dead beside his van late Friday.", 1, 0),
    ("A 19-year-old courier died after being shot late Tuesday.", 1, 0),
    ("A man was shot dead outside his home on Tuesday.", 1, 0),
    ("A man was shot to death on Saturday night.", 1, 0),
    ("A nurse was fatally shot outside the depot late Friday.", 1, 0),
    ("A police officer shot and killed an armed suspect on Sunday.", 1, 0),
    ("A hunter was accidentally shot and killed on Saturday.", 1, 0),
    ("A baker was found dead behind his shop with a gunshot wound.", 1, 0),
    ("A florist was found in her loft, shot to death, late Sunday.", 1, 0),
    ("A teen was killed in a shooting on Saturday night.", 1, 0),
    ("A man died in a shooting on Saturday night.", 1, 0),
    ("Gunfire claimed the life of a 21-year-old roofer early Saturday.", 1, 0),
    ("A 40-year-old man was gunned down on Saturday.", 1, 0),
    ("Two people were murdered in a shooting on Saturday.", 2, 0),
    (
        "The victim, 24, died of gunshot wounds on the pavement outside the arcade late Saturday.",
        1,
        0,
    ),
    ("A farmer shot and killed his wife before killing himself late Sunday.", 2, 0),
    ("A pilot killed his two sons and then himself late Sunday.", 3, 0),
    ("Three men were shot dead at a car wash on Sunday.", 3, 0),
    ("A man was charged with murder after his roommate was shot and killed on Monday.", 1, 0),
    # --- a person shot who later died: once, as killed
    ("A man was shot on Main Street on Monday night. He later died at the hospital.", 1, 0),
    (
        "A welder was shot on Quarry Lane late Monday. He was driven to a clinic, where he died.",
        1,
        0,
    ),  # fmt: skip
    ("A man was shot in the head on Sunday and died two days later.", 1, 0),
    ("A man who was shot on Sunday has died, police said.", 1, 0),
    ("A teenager shot on Friday night died of his wounds on Saturday.", 1, 0),
    (
        "A courier was shot multiple times late Friday. The courier was pronounced dead at the clinic.",
        1,
        0,
    ),
    ("A cashier was shot in the chest late Friday. She died on the shop floor.", 1, 0),
    ("A man was shot on Oak Street on Friday. He succumbed to his injuries on Tuesday.", 1, 0),
    ("A man was injured in a shooting on Friday and later died.", 1, 0),
    ("A mechanic was critically injured in gunfire late Friday and died on Saturday.", 1, 0),
    ("A woman who was shot in the head on Friday died on Sunday.", 1, 0),
    ("A tiler was shot several times late Friday and died in the ambulance.", 1, 0),
    ("A man was shot on Friday. He was flown to a trauma center, where he died.", 1, 0),
    ("A man was wounded in a shooting on Friday. He died of his injuries on Sunday.", 1, 0),
    # --- killed and injured
    ("One plumber was killed and two other men were wounded in gunfire late Friday.", 1, 2),
    ("Two men were shot, one fatally, on Wednesday night.", 1, 1),
    ("Five people were shot, two of them fatally, at a party early on Sunday.", 2, 3),
    ("A gunman killed three people and wounded four others at a restaurant on Friday.", 3, 4),
    ("A teacher was killed and her son wounded in gunfire late Friday.", 1, 1),
    ("Two people died and one was injured in a shooting on Sunday.", 2, 1),
    ("The shooting on Friday left one man dead and another injured.", 1, 1),
    (
        "Two brothers were shot on Sunday; one died at the scene and the other is in critical "
        "condition.",
        1,
        1,
    ),  # fmt: skip
    ("One guest was killed and four other guests injured in gunfire late Saturday.", 1, 4),
    ("A shooting on Saturday killed one man and injured two women.", 1, 2),
    ("Seven people were shot, one of them fatally, on Saturday.", 1, 6),
    ("One man died and two were hurt in a shooting on Friday.", 1, 2),
    ("Two men were killed and a third man was injured in a shooting on Friday.", 2, 1),
    ("A dancer was shot and killed, and her boyfriend was shot in the arm late Friday.", 1, 1),
    ("A man was killed and a 14-year-old boy was shot in the leg in a shooting on Friday.", 1, 1),
    ("A father was shot dead and his son was wounded on Friday.", 1, 1),
    ("A gunman opened fire in a bar on Friday, killing two people and wounding three.", 2, 3),
    ("A man shot and wounded his former girlfriend before killing himself on Monday.", 1, 1),
    ("A man was killed in a shooting on Friday. Two other people were wounded.", 1, 2),
    ("A man was killed in a shooting on Friday. A second man was injured.", 1, 1),
    (
        "A man was killed in a shooting on Friday. A woman also was shot and is in fair condition.",
        1,
        1,
    ),  # fmt: skip
    ("A barber was shot and killed late Friday. A friend who was with him was wounded.", 1, 1),
    ("Two people were shot on Sunday. One of them died at the hospital.", 1, 1),
    ("Three men were shot on Sunday. Two of them died.", 2, 1),
    ("One person was killed and another was hospitalized after a shooting on Friday.", 1, 1),
    ("A man was shot dead and three others were injured at a party on Friday.", 1, 3),
    ("Four people were killed and six were wounded in a mass shooting on Sunday.", 4, 6),
    ("Twenty-two people were shot, three fatally, at a festival on Sunday.", 3, 19),
    ("A gunman injured two people on Friday before taking his own life.", 1, 2),
    ("A painter was killed and his cousin was critically injured in gunfire late Friday.", 1, 1),
    # --- one dead and one hurt, the death told again later (two victims, not one)
    (
        "A tailor was killed and a nurse was injured in a shooting late Friday. The man died at the scene, police said.",
        1,
        1,
    ),
    (
        "Two people were shot late Friday, one fatally. The one who died was declared dead at a clinic.",
        1,
        1,
    ),
    (
        "A courier was shot dead and his friend was wounded late Friday. The friend is expected to survive.",
        1,
        1,
    ),
    (
        "One man died and another was hurt in gunfire late Friday. The wounded man was taken to a clinic.",
        1,
        1,
    ),
    (
        "A shooting late Friday left a cook dead and a porter injured. The cook was pronounced dead at the clinic.",
        1,
        1,
    ),
    (
        "Two men were shot late Friday. One of them died at a clinic and the other was treated for a leg wound.",
        1,
        1,
    ),
    (
        "A teen was killed and another teen was wounded late Friday. Police said the first teen died at the scene.",
        1,
        1,
    ),
    (
        "A woman died and her son was hurt when gunfire broke out late Friday. The son is in stable condition.",
        1,
        1,
    ),
    (
        "A tailor was shot and killed late Friday. A second tailor was shot in the leg. The first tailor died where he fell.",
        1,
        1,
    ),
    (
        "Police said a gunman killed a clerk and wounded a customer late Friday. The clerk died on Saturday.",
        1,
        1,
    ),
    (
        "A busker was fatally shot and a nurse was injured late Friday. The busker was declared dead at a clinic, and the nurse was treated and released.",
        1,
        1,
    ),
    ("A cook was shot dead late Friday. A porter was also shot and was taken to a clinic.", 1, 1),
    (
        "A diver was critically injured in gunfire late Friday. He died at a clinic on Saturday.",
        1,
        0,
    ),
    ("A girl, 9, was shot in the head late Friday. She was declared dead at the clinic.", 1, 0),
    ("Gunfire late Friday killed a tailor. A nurse was wounded.", 1, 1),
    (
        "A tailor was shot dead late Friday. Police said a nurse was shot in the arm and is expected to survive.",
        1,
        1,
    ),
    (
        "A tailor was killed late Friday and a nurse was wounded when a gunman opened fire on their car.",
        1,
        1,
    ),
    (
        "Police are hunting the gunman who killed a tailor and injured a nurse late Friday.",
        1,
        1,
    ),
    (
        "A tailor was shot and killed late Friday. His friend was shot in the foot and survived.",
        1,
        1,
    ),
    (
        "A tailor, 30, was killed. A nurse, 25, was injured. The shooting happened late Friday.",
        1,
        1,
    ),
    ("Two people were shot late Friday. The tailor died. The nurse is expected to recover.", 1, 1),
    (
        "A deadly shooting late Friday left a tailor dead. A nurse was wounded in the same shooting.",
        1,
        1,
    ),
    ("One person is dead and another injured after gunfire late Friday on Quarry Lane.", 1, 1),
    # --- others hurt besides those told before: added, not restated (gvc8)
    ("A cashier was gunned down at a kiosk late Sunday. A customer was also struck.", 1, 1),
    ("Officers found a porter with a gunshot wound late Friday. A busker was also shot.", 0, 2),
    ("A tiler was shot dead on Quarry Lane late Friday. Another tiler was shot in the hip.", 1, 1),
    (
        "A glazier was shot in one arm late Friday on Birch Row.\nA second glazier was shot too.",
        0,
        2,
    ),
    ("A roofer was wounded in gunfire late Friday.\nDeputies said a teen was also injured.", 0, 2),
    (
        "A welder was shot late Friday on Quarry Lane.\nA 19-year-old nurse was also shot and driven "
        "to a hospital.",
        0,
        2,
    ),  # fmt: skip
    (
        "A plumber died and a nurse was hurt in gunfire late Friday.\nA third person was also "
        "wounded.",
        1,
        2,
    ),  # fmt: skip
    (
        "A carpenter was gunned down late Friday on Quarry Lane, deputies said.\n\nA second person "
        "was shot and flown to a hospital.",
        1,
        1,
    ),  # fmt: skip
    (
        "A porter was killed in gunfire late Friday on Birch Row.\nTwo other people were hurt.",
        1,
        2,
    ),
    # someone told before is not added again
    (
        "A plumber died and a nurse was hurt on Friday.\nThe nurse was also shot in one knee "
        "last year.",
        1,
        1,
    ),  # fmt: skip
    (
        "Two cooks were shot late Friday. One cook was hit in the knee. A busker was also shot.",
        0,
        2,
    ),
    # a death told after the sum takes its dead off the hurt
    (
        "A cook was shot late Friday on Birch Row. A busker was also shot. Both died at a clinic.",
        2,
        0,
    ),
    (
        "A cook was shot late Friday on Birch Row. A busker was also shot. The cook died at a clinic.",
        1,
        1,
    ),
    # --- more everyday ways of telling the hurt (gvc8)
    ("A seamstress suffered a bullet wound to one knee in gunfire on Birch Row on Sunday.", 0, 1),
    ("A tiler was shot late Saturday on Pine Road. The tiler was treated and let go.", 0, 1),
    ("A teen was shot late Friday and is listed in stable condition.", 0, 1),
    ("A cook sustained non-life-threatening injuries in gunfire late Monday.", 0, 1),
    ("A 25-year-old porter was shot late Monday and transported to a clinic.", 0, 1),
    ("A 16-year-old was shot late Tuesday. The teen is expected to survive.", 0, 1),
    ("A busker was hit in one arm during gunfire at a petrol kiosk late Tuesday.", 0, 1),
    ("Three people were shot, one fatally, outside a tavern late Saturday.", 1, 2),
    ("A plumber died and another was hurt in gunfire late Saturday.", 1, 1),
    (
        "Two porters were shot outside a kiosk late Sunday. Both porters are expected to survive.",
        0,
        2,
    ),
    ("A gunman killed a guard late Friday. The two wounded were driven to a clinic.", 1, 2),
    ("Two cooks were shot late Friday; one died.", 1, 1),
    ("A nurse showed up at a clinic late Friday suffering from a gunshot wound.", 0, 1),
    ("One person is dead and another is in the hospital after a shooting late Friday.", 1, 1),
    ("A roofer is in the hospital after a shooting late Friday.", 0, 1),
    ("A tailor was gunned down late Friday. His wife was also shot but survived.", 1, 1),
    (
        "Tam Velder, 30, died after being shot late Friday. A 25-year-old cook was also shot and "
        "driven to a clinic, where he is expected to survive.",
        1,
        1,
    ),  # fmt: skip
    ("Deputies are looking into a double shooting late Friday that left a cook dead.", 1, 1),
    ("A triple shooting late Friday on Birch Row left one porter dead.", 1, 2),
    (
        "Deputies are looking into a double shooting late Friday on Birch Row.\n\nBoth are "
        "expected to survive.",
        0,
        2,
    ),  # fmt: skip
    # --- charges name no death
    (
        "A man was charged with attempted murder after he shot his neighbour on Sunday. The "
        "neighbour is in serious condition.",
        0,
        1,
    ),  # fmt: skip
    (
        "Police charged a cashier with attempted murder late Friday after a porter was shot in the "
        "stomach.",
        0,
        1,
    ),  # fmt: skip
    (
        "A roofer faced arrest on a count of attempted homicide after gunfire that left a cashier "
        "wounded.",
        0,
        1,
    ),  # fmt: skip
    (
        "Police charged a man with two counts of attempted murder after a shooting on Friday that "
        "wounded two women.",
        0,
        2,
    ),  # fmt: skip
    (
        "A man was charged with conspiracy to commit murder after a shooting on Friday that "
        "wounded a teenager.",
        0,
        1,
    ),  # fmt: skip
    (
        "Police arrested a welder on an attempted murder charge after gunfire late Friday that "
        "wounded his cousin.",
        0,
        1,
    ),  # fmt: skip
    (
        "A man faces an attempted murder charge after shooting a neighbour in the arm on Friday.",
        0,
        1,
    ),  # fmt: skip
    (
        "A driver was booked on suspicion of attempted murder late Friday after a nurse was shot in "
        "the leg.",
        0,
        1,
    ),  # fmt: skip
    (
        "A man was arrested for attempted homicide after a shooting on Friday. The victim was "
        "treated for a gunshot wound.",
        0,
        1,
    ),  # fmt: skip
    ("A man was shot in the arm on Friday. The suspect was charged with attempted murder.", 0, 1),
    (
        "A teen was shot in the leg on Friday. A 19-year-old was arrested on suspicion of "
        "attempted homicide.",
        0,
        1,
    ),  # fmt: skip
    (
        "A man was charged with murder and attempted murder after a shooting on Friday that "
        "killed one man and wounded another.",
        1,
        1,
    ),  # fmt: skip
    # --- more everyday forms (gvc10): the share of the shot who died hung on a place
    ("Three people were shot late Saturday on Birch Row, one fatally.", 1, 2),
    ("Twenty people were shot late Saturday at a park in Dolna, three fatally.", 3, 17),
    # hit by the firing of a gun, told as what came of it
    ("A masked rider opened fire on a picnic late Friday, hitting four people.", 0, 4),
    ("A masked rider opened fire on a picnic late Friday and hit three guests.", 0, 3),
    ("A gunman shot four people late Friday on Birch Row, killing one.", 1, 3),
    # a death of someone else, in a clause of its own
    ("A deputy was shot late Friday and the suspect was killed.", 1, 1),
    # others shot besides the dead, told in a later sentence
    ("A man was killed in a shooting late Friday on Birch Row. Two others were shot.", 1, 2),
    ("A cook was shot dead late Friday on Birch Row. Two others were struck by bullets.", 1, 2),
    (
        "A cook was shot dead late Friday on Birch Row. Tam Velder and Ora Binks were also "
        "struck by bullets.",
        1,
        2,
    ),  # fmt: skip
    (
        "A quarrel at a tavern late Friday led to gunfire that killed two men. Four other people "
        "were shot in the gunfire, including a cook.",
        2,
        4,
    ),  # fmt: skip
    # found hurt; a wound that killed is no injury
    ("Three cooks were found late Friday suffering from gunshot wounds on Birch Row.", 0, 3),
    (
        "A tiler sustained a gunshot wound in one lung late Friday and was pronounced dead at a "
        "clinic.",
        1,
        0,
    ),  # fmt: skip
    (
        "Deputies found a tiler suffering from a gunshot wound late Friday. He was declared "
        "dead on the pavement.",
        1,
        0,
    ),  # fmt: skip
    # the suspect, officers, bystanders, a group told again
    (
        "Officers shot a suspect late Friday. The suspect was taken to a clinic with "
        "non-life-threatening injuries.",
        0,
        1,
    ),  # fmt: skip
    ("Police shot and wounded a suspect late Friday on Birch Row.", 0, 1),
    ("Two deputies were wounded in a shootout late Friday.", 0, 2),
    ("A gunman shot two officers late Friday. Both officers are expected to recover.", 0, 2),
    (
        "A man fleeing a shooting late Friday crashed his car into two pedestrians, injuring both.",
        0,
        2,
    ),  # fmt: skip
    ("Three teens were shot late Friday near a rink. All three were taken to a clinic.", 0, 3),
    ("A man, 25, and a woman, 23, were shot late Friday on Birch Row.", 0, 2),
    ("A man was shot late Friday on Birch Row. He was treated at a clinic and released.", 0, 1),
    (
        "Five people were shot late Friday. Three were taken to a clinic and two were treated at "
        "the scene.",
        0,
        5,
    ),  # fmt: skip
    # gvc19: hit in a limb, a person brought in with "a" after a death is someone else
    # (`injuries.hit_in_limb`; gvc10's wider reading cost GVC, this one changes no article)
    ("A man was shot dead late Friday. A woman was shot in the arm.", 1, 1),
    (
        "Two buskers were shot late Friday on Birch Row. A 30-year-old busker died on the "
        "pavement. A 25-year-old busker was driven to a clinic.",
        1,
        1,
    ),  # fmt: skip
    ("A tiler and a nurse were shot late Friday on Birch Row. The nurse died at a clinic.", 1, 1),
    ("Gunfire hit a house late Friday, but no one was injured.", 0, 0),
    # charges that name no death (gvc10)
    (
        "Four people were shot late Friday on Birch Row. A cook was charged with assault with a "
        "deadly weapon on Monday.",
        0,
        4,
    ),  # fmt: skip
    (
        "A teen was shot in the leg late Friday. Deputies charged a porter with assault with "
        "intent to kill.",
        0,
        1,
    ),  # fmt: skip
    # --- no one hurt
    ("Nobody was hurt when shots were fired at a bungalow on Birch Row late Friday.", 0, 0),
    ("No one at the quay was injured in the gunfire late Tuesday.", 0, 0),
    ("Shots were fired at a car on Monday night, but no one was struck.", 0, 0),
    ("Gunshots rang out on Friday, but no injuries were reported.", 0, 0),
    ("A man was shot at on Friday but was not hit.", 0, 0),
    # --- gvc12: the living told apart from the dead with no injury word
    (
        "Two men were shot on Elm Street on Sunday. One died on the pavement and the other was "
        "driven to a clinic.",
        1,
        1,
    ),  # fmt: skip
    (
        "Three teenagers were shot outside a diner late Friday. One of them died and the two "
        "others were driven to a clinic.",
        1,
        2,
    ),  # fmt: skip
    (
        "Two cousins were shot on Birch Row late Saturday. One was pronounced dead there, and "
        "the other was taken to a clinic.",
        1,
        1,
    ),  # fmt: skip
    (
        "One man died and another was driven to a clinic following a shooting on Birch Row late "
        "Friday.",
        1,
        1,
    ),  # fmt: skip
    (
        "A cook was killed and a porter was wounded in a shooting on Birch Row late Friday. The "
        "cook died at the scene and the porter was taken to a clinic.",
        1,
        1,
    ),  # fmt: skip
    # --- gvc12: a grave outcome the text denies
    ("A man was shot twice late Friday on Birch Row. Neither wound is life-threatening.", 0, 1),
    ("Two men were shot on Birch Row late Sunday. None of the wounds are life-threatening.", 0, 2),
    (
        "A porter was shot in the neck late Tuesday. His wounds aren't life-threatening, police "
        "said.",
        0,
        1,
    ),  # fmt: skip
    (
        "A woman was shot in the arm on Sunday, but the injury was not believed life-threatening.",
        0,
        1,
    ),  # fmt: skip
    (
        "Two clerks were shot in the legs late Monday. Neither injury was considered "
        "life-threatening.",
        0,
        2,
    ),  # fmt: skip
    (
        "A teen was shot in the head on Friday; the wound does not seem to be life-threatening.",
        0,
        1,
    ),  # fmt: skip
    (
        "A driver was shot in the chest on Birch Row late Sunday. Neither of his wounds is "
        "thought to be life-threatening.",
        0,
        1,
    ),  # fmt: skip
    (
        "A man was shot in the head late Friday. Police did not say whether his wound was "
        "life-threatening.",
        0,
        0,
    ),  # fmt: skip
    # --- gvc12: a headline's age is no count
    (
        "Boy, 4, wounded in shooting on Birch Row\n\nA boy was shot in the leg late Friday on "
        "Birch Row, police said. He is in stable condition.",
        0,
        1,
    ),  # fmt: skip
    (
        "Toddler, 2, wounded by gunfire in Millbrook\n\nA toddler was struck in the arm by a "
        "bullet late Saturday. She is expected to recover.",
        0,
        1,
    ),  # fmt: skip
    (
        "Woman, 33, injured in drive-by shooting\n\nA woman was shot in the arm during a "
        "drive-by shooting late Monday, deputies said.",
        0,
        1,
    ),  # fmt: skip
    (
        "Man, 61, killed in shooting at bus stop\n\nA man was shot dead at a bus stop on Birch "
        "Row late Tuesday.",
        1,
        0,
    ),  # fmt: skip
]


NO_EVENT = "no shooting event is found (a trigger or modality matter, not a casualty reading)"
VITAL = "a shot in a vital site with no outcome told leaves it in doubt (grave_outcome)"
DOUBT = (
    "'critical condition' is left in doubt (the person may yet die): read as injured it cost "
    "GVC injured 0.015 tune and 0.008 check, the archive recording later deaths"
)
KNOWN: dict[str, str] = {
    "A man and a teenager were shot on Friday. Both are in critical condition.": DOUBT,
    "A 33-year-old man suffered a graze wound to his head on Monday.": NO_EVENT,
    "The victim, 31, was pronounced dead beside his van late Friday.": NO_EVENT,
    "The victims, a 22-year-old welder and a 19-year-old cashier, were driven to a clinic with "
    "non-life-threatening injuries.": NO_EVENT,
    "Four people suffered injuries, none of them life-threatening, in a shooting on Friday.": (
        NO_EVENT
    ),
    "A man was pistol-whipped and shot in the leg during a robbery on Friday.": (
        "the parse does not give the shot man as the victim"
    ),
    "Twin brothers, 18, were shot and wounded on Sunday.": "one age for a plural counts one",
    "One person is dead and another is in the hospital after a shooting late Friday.": (
        "the one in the hospital is read, but with no injury word the count is taken for the "
        "people shot and the dead come off it; counting the dead in such a figure cost one check "
        "article (gvc8)"
    ),
    "A grocer was rushed to a clinic late Friday after he was shot in the stomach.": VITAL,
    "Police charged a cashier with attempted murder late Friday after a porter was shot in the "
    "stomach.": VITAL,
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)


def test_battery_is_large() -> None:
    """The battery covers many forms (issue 15 asks for at least 150)."""
    assert len(CASES) >= 150
