"""Injury wording of local news, written for this battery (issue 15, gvc13).

Each text is a short report of our own in the many ways local news tells the wounded: "was
grazed", "treated and released", "listed in stable condition", a headline "Teen, 16, shot in leg"
(the teen is the one shot), "two others were hurt", "a third was hurt", "injuring four", numbers
in words and figures, "both", "all three", "a pair of", "a trio of", "a dozen"; the dead are not
counted as injured. Its main event must carry the Gun Violence Archive's counts (killed,
injured; an unknown count is 0).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    ("A 19-year-old man was wounded during a shooting on Elm Street late Saturday.", 0, 1),
    ("A seamstress suffered gunshot wounds to her legs outside a bakery on Tuesday night.", 0, 1),
    ("A teenager was grazed by a bullet on Dunmore Road on Sunday afternoon.", 0, 1),
    (
        "A welder was rushed to a trauma center after getting shot on Kestrel Avenue early Friday.",
        0,
        1,
    ),
    (
        "A 27-year-old man was shot on Lark Street on Monday and was listed in stable condition.",
        0,
        1,
    ),
    ("A cashier was shot during a holdup on Thursday and was treated and released.", 0, 1),
    ("A 14-year-old boy was hit in the leg by gunfire on Pine Street late on Saturday.", 0, 1),
    (
        "Teen, 16, shot in leg on Fenwick Street\n\nA 16-year-old was shot in the leg late Sunday on Fenwick Street, police said.",
        0,
        1,
    ),
    (
        "Man shot in arm outside corner store\n\nA welder was shot in the arm outside a corner store on Wednesday night.",
        0,
        1,
    ),
    ("A delivery driver was wounded by a stray bullet on Monday evening.", 0, 1),
    ("A 30-year-old woman sustained one non-life-threatening gunshot wound late on Friday.", 0, 1),
    (
        "A welder who was shot in the hip late on Saturday is expected to recover, police said.",
        0,
        1,
    ),
    (
        "A bartender was shot in the foot during a fight at a pub late Friday; she was treated at a local clinic and released.",
        0,
        1,
    ),
    ("A welder walked into a clinic with a gunshot wound in his hand early Sunday.", 0, 1),
    ("A 22-year-old showed up at an emergency room with a gunshot wound on Tuesday.", 0, 1),
    (
        "A welder was shot once in the shoulder on Cedar Lane on Thursday. His injuries are not thought to be life-threatening.",
        0,
        1,
    ),
    (
        "A 40-year-old man was injured when someone fired shots into his home late on Saturday.",
        0,
        1,
    ),
    ("A mail carrier was struck by a bullet on Tuesday afternoon and is in good condition.", 0, 1),
    ("Police said a 17-year-old was shot in the hip on Monday night and is recovering.", 0, 1),
    (
        "A seamstress was shot in the leg during a home invasion on Sunday, police said. She was taken to a clinic in stable condition.",
        0,
        1,
    ),
    ("A man was hurt when a bullet ricocheted and hit him in the arm on Friday.", 0, 1),
    ("A security guard was shot and wounded inside a mall late on Saturday.", 0, 1),
    ("An off-duty officer was shot in the leg late on Friday and is in stable condition.", 0, 1),
    ("A 9-year-old girl was wounded when gunfire erupted outside her home on Thursday.", 0, 1),
    (
        "A motorist was shot in the neck on the interstate on Monday and was listed in fair condition.",
        0,
        1,
    ),
    ("A welder suffered a graze wound when someone opened fire on his car late Sunday.", 0, 1),
    (
        "A student was shot in the arm near campus on Wednesday night. The injury is not considered life-threatening.",
        0,
        1,
    ),
    (
        "A gas station clerk was shot in the hand during a robbery on Tuesday. He was treated at the scene.",
        0,
        1,
    ),
    (
        "A 35-year-old man was taken to a trauma center with a gunshot wound in the leg late on Saturday.",
        0,
        1,
    ),
    (
        "A welder was airlifted to a clinic after getting shot in the thigh on Sunday; he is expected to survive.",
        0,
        1,
    ),
    ("Two men were wounded during a shooting on Walnut Street late on Saturday night.", 0, 2),
    ("Three people were shot and wounded outside a nightclub early Sunday.", 0, 3),
    ("Four people were injured when gunfire broke out at a house party late on Saturday.", 0, 4),
    ("Two teenagers suffered gunshot wounds during a drive-by shooting late on Friday.", 0, 2),
    (
        "A pair of brothers were shot in the legs on Monday night; both are in stable condition.",
        0,
        2,
    ),
    ("Three men were shot outside a bar late Friday. All three are expected to survive.", 0, 3),
    (
        "5 people were shot at a block party on Sunday night; none of the injuries are life-threatening.",
        0,
        5,
    ),
    ("A gunman opened fire into a crowd late on Saturday, injuring four people.", 0, 4),
    ("A welder opened fire inside a store late on Friday, wounding two customers.", 0, 2),
    (
        "A seamstress was shot in the arm and two others were hurt during a shooting on Sunday.",
        0,
        3,
    ),
    (
        "Two people were shot on Hill Street on Tuesday. A third victim walked into a clinic with a gunshot wound later that night.",
        0,
        3,
    ),
    ("Six people were wounded when shots were fired into a crowd late on Saturday.", 0, 6),
    (
        "Two women were treated for gunshot wounds after a shooting at an apartment late on Friday.",
        0,
        2,
    ),
    ("Seven people were hurt during a shooting at a park on Sunday, police said.", 0, 7),
    (
        "Both victims were taken to a clinic in stable condition after a shooting on Thursday.",
        0,
        2,
    ),
    ("Two men were shot on Ash Street on Monday night. Both were treated and released.", 0, 2),
    (
        "Three teenagers were shot near a basketball court late on Friday; all three are expected to recover.",
        0,
        3,
    ),
    ("A shooting late on Saturday left three people wounded.", 0, 3),
    (
        "A welder and a seamstress were shot in the legs on Sunday. Both are in stable condition.",
        0,
        2,
    ),
    ("Eight people were injured during a shooting at a party early Sunday.", 0, 8),
    ("A gunman fired into a car on Monday, hitting two passengers.", 0, 2),
    (
        "Two people suffered non-life-threatening injuries during a shooting late on Friday night.",
        0,
        2,
    ),
    ("Two brothers, 17 and 19, were wounded during a shooting on Sunday.", 0, 2),
    (
        "A 20-year-old man and a 23-year-old woman were shot late on Friday and are expected to survive.",
        0,
        2,
    ),
    (
        "Police said 12 people were wounded when gunfire erupted at a festival late on Saturday.",
        0,
        12,
    ),
    ("Three people were grazed by bullets during a shooting outside a bar late on Friday.", 0, 3),
    ("Nine people were shot, none fatally, at a street party late on Saturday.", 0, 9),
    ("Two people were shot and injured in a parking lot on Tuesday.", 0, 2),
    ("Four men were taken to clinics with gunshot wounds after a shooting on Sunday.", 0, 4),
    ("A shooting at a bar late on Saturday sent three people to the clinic.", 0, 3),
    ("A teen was shot in the leg late on Friday and two others were hurt as they fled.", 0, 3),
    ("A welder and his son were wounded during a shooting at their home late on Saturday.", 0, 2),
    ("Shots fired into a house on Sunday wounded a seamstress and her daughter.", 0, 2),
    ("Three people were hit by gunfire outside a restaurant late on Friday night.", 0, 3),
    ("Eleven people were injured, two of them seriously, during a shooting on Sunday.", 0, 11),
    ("One man was killed and two other people were hurt during a shooting late on Saturday.", 1, 2),
    ("A seamstress died and two men were wounded when a gunman opened fire late on Friday.", 1, 2),
    ("A shooting on Sunday killed one person and injured three others.", 1, 3),
    ("Two people were killed and four were wounded at a party late on Saturday night.", 2, 4),
    ("Three people were shot late on Friday, one of them fatally.", 1, 2),
    ("Five people were shot, two fatally, at a nightclub on Sunday.", 2, 3),
    ("A welder was shot dead and his brother was wounded on Tuesday.", 1, 1),
    ("A gunman killed a welder and injured a seamstress at a bus stop on Monday.", 1, 1),
    ("One person died and three were injured during a shooting late on Saturday.", 1, 3),
    (
        "A teen was killed and a pair of his friends were wounded during a shooting late on Friday.",
        1,
        2,
    ),
    (
        "A welder died and another was hurt during a shooting on Sunday. The injured man is in stable condition.",
        1,
        1,
    ),
    ("A shooting left one man dead and two others injured late on Friday.", 1, 2),
    (
        "Two men were shot on Sunday. One died on the spot; the other was taken to a clinic in stable condition.",
        1,
        1,
    ),
    ("A seamstress was fatally shot and her 5-year-old son was wounded on Monday.", 1, 1),
    ("Three people were killed and six were wounded during a shooting late on Saturday.", 3, 6),
    (
        "A welder was killed and three people were injured when gunfire erupted at a bar late on Friday.",
        1,
        3,
    ),
    ("Four people were shot, one fatally, on Oak Street late on Saturday.", 1, 3),
    (
        "A welder was shot and killed late on Friday. A second man suffered a gunshot wound in the leg and is expected to recover.",
        1,
        1,
    ),
    ("A gunman killed two workers and wounded three others at a warehouse on Tuesday.", 2, 3),
    ("A 19-year-old was killed and a 20-year-old was injured during a shooting on Sunday.", 1, 1),
    ("A welder was shot and killed on Walnut Street late on Saturday night.", 1, 0),
    ("A seamstress died of her wounds at a clinic after getting shot late on Friday.", 1, 0),
    ("A welder was shot in the chest on Sunday and died at a clinic.", 1, 0),
    (
        "A teen was rushed to a clinic after getting shot late on Friday, where he was pronounced dead.",
        1,
        0,
    ),
    ("Two men were found shot to death inside a car on Monday.", 2, 0),
    ("A welder who suffered gunshot wounds late on Saturday died on Sunday.", 1, 0),
    (
        "A seamstress was shot multiple times late on Friday and later died at a trauma center.",
        1,
        0,
    ),
    (
        "A welder was wounded during a shooting late on Friday and died of his injuries late on Saturday.",
        1,
        0,
    ),
    ("Both victims died at the scene of a shooting on Tuesday.", 2, 0),
    ("A welder was shot in the head on Sunday and died at the scene.", 1, 0),
    (
        "A welder was shot in the arm on Elm Street late on Saturday. In a separate shooting on Sunday, two men were killed on Fir Street.",
        0,
        1,
    ),
    (
        "A seamstress was wounded during a shooting late on Friday night, the third shooting in the city this week.",
        0,
        1,
    ),
    (
        "A 16-year-old was shot in the leg late on Saturday. Last month, four people were wounded during a shooting on the same block.",
        0,
        1,
    ),
    (
        "Two men were wounded during a shooting on Monday. Officers said the gunfire came a day after a welder was killed two blocks away.",
        0,
        2,
    ),
    (
        "A welder was shot in the hand late on Friday. It was the city's 40th shooting this year, in which 60 people have been injured.",
        0,
        1,
    ),
    (
        "A teenager was wounded during a shooting on Sunday. Earlier this year, a welder was shot and killed at that same park.",
        0,
        1,
    ),
    (
        "A welder was shot and killed late on Saturday. Hours earlier, two women were wounded during a shooting across town.",
        1,
        0,
    ),
    ("Half a dozen people were wounded during a shooting outside a club late on Saturday.", 0, 6),
    ("A trio of teenagers were shot and wounded near a school late on Friday.", 0, 3),
    ("Ten people suffered gunshot wounds at a party on Sunday.", 0, 10),
    ("2 men were shot in the legs on Main Street on Monday; both are expected to recover.", 0, 2),
    ("Three men, ages 18, 21 and 24, were wounded during a shooting late on Friday.", 0, 3),
    ("A dozen people were injured when shots rang out at a concert late on Saturday.", 0, 12),
    ("Shots were fired at a bungalow on Sunday, but no one was hurt.", 0, 0),
    ("A bullet pierced a bedroom window late on Friday; no one was injured.", 0, 0),
    ("A welder was shot and killed late on Friday. No one else was hurt.", 1, 0),
    (
        "A welder was in stable condition on Sunday after he was shot in the back during an argument.",
        0,
        1,
    ),
    (
        "A seamstress who was shot in the leg late on Friday has been released from the clinic.",
        0,
        1,
    ),
    ("A welder is recovering after getting shot in the stomach late on Saturday.", 0, 1),
    ("A boy, 12, was wounded by a stray bullet while playing outside on Monday.", 0, 1),
    (
        "A welder suffered a bullet wound to the foot on Monday in what deputies called an accidental shooting.",
        0,
        1,
    ),
    (
        "A seamstress was shot twice in the legs on Tuesday and underwent surgery; she is expected to live.",
        0,
        1,
    ),
    (
        "A pizza delivery driver was shot in the arm on Thursday night and drove himself to a clinic.",
        0,
        1,
    ),
    (
        "A welder was shot in the leg early Sunday and was taken to a clinic with non-life-threatening injuries.",
        0,
        1,
    ),
    (
        "An 18-year-old was shot in the ankle late on Friday and was treated and then released from a local clinic.",
        0,
        1,
    ),
    (
        "A 67-year-old man was injured by a bullet that came through his kitchen wall late on Saturday.",
        0,
        1,
    ),
    ("A young woman was wounded in the crossfire of a gunfight late on Saturday.", 0, 1),
    ("A customer was struck in the shoulder by a bullet during a robbery on Tuesday.", 0, 1),
    (
        "A seamstress was shot in the face on Wednesday and remains clinicized in serious but stable condition.",
        0,
        1,
    ),
    (
        "A homeowner shot an intruder in the leg on Sunday; the intruder was treated at a clinic and arrested.",
        0,
        1,
    ),
    ("A deputy was wounded in an exchange of gunfire with a suspect late on Friday.", 0, 1),
    (
        "An officer shot a welder in the arm during a struggle on Sunday. The man is expected to survive.",
        0,
        1,
    ),
    (
        "A welder was shot in the thigh late on Friday. He was treated for the wound and released.",
        0,
        1,
    ),
    ("A welder accidentally shot himself in the leg while cleaning a pistol late on Friday.", 0, 1),
    ("A child was hurt when a gun went off inside a car late on Saturday.", 0, 1),
    (
        "A 3-year-old boy was injured after finding a loaded pistol and shooting himself in the hand on Sunday.",
        0,
        1,
    ),
    ("A teen was grazed in the head by a bullet on Thursday and is expected to be fine.", 0, 1),
    ("A welder was shot several times on Monday night and is listed in stable condition.", 0, 1),
    (
        "A seamstress suffered a minor gunshot wound late on Friday when someone fired at her car.",
        0,
        1,
    ),
    (
        "A welder was shot in the leg late on Saturday. Two other men were hurt in the shooting.",
        0,
        3,
    ),
    ("A seamstress was shot late on Friday. Her boyfriend was also wounded.", 0, 2),
    ("A welder was shot in the arm on Sunday. A second man was grazed.", 0, 2),
    (
        "A teen was shot in the leg late on Saturday. Another teen was shot in the hand. Both are expected to survive.",
        0,
        2,
    ),
    ("Two people were shot late on Friday, and a third was hurt while running away.", 0, 3),
    ("One man was shot in the leg and another was shot in the foot late on Saturday.", 0, 2),
    (
        "A seamstress was shot in the back late on Friday; a welder with her was hit in the arm.",
        0,
        2,
    ),
    (
        "Woman, 41, wounded in drive-by\n\nA 41-year-old woman was wounded during a drive-by shooting late Sunday, police said.",
        0,
        1,
    ),
    (
        "Two hurt in shooting outside bar\n\nTwo men were shot outside a bar late Saturday. Both are in stable condition.",
        0,
        2,
    ),
    (
        "Man shot in leg on Pine Street\n\nA welder was shot in the leg on Pine Street late on Friday night.",
        0,
        1,
    ),
    (
        "3 wounded in shooting at park\n\nThree people were wounded during a shooting at a park late on Saturday, police said.",
        0,
        3,
    ),
    (
        "1 dead, 2 hurt in shooting\n\nOne man was killed and two other people were hurt during a shooting on Sunday.",
        1,
        2,
    ),
    (
        "Teen, 15, shot in arm near school\n\nA 15-year-old boy was shot in the arm near a school on Tuesday.",
        0,
        1,
    ),
    (
        "Girl, 6, grazed by bullet\n\nA 6-year-old girl was grazed by a bullet inside her home late on Saturday.",
        0,
        1,
    ),
    ("Police said 3 men were wounded during a shooting late on Friday.", 0, 3),
    ("Two people were injured, one critically, during a shooting on Sunday.", 0, 2),
    (
        "Four people were wounded during a shooting late on Saturday; three of them were treated and released.",
        0,
        4,
    ),
    ("The shooting on Monday wounded two people.", 0, 2),
    ("Gunfire late on Friday wounded a welder and a seamstress sitting on a porch.", 0, 2),
    ("A shooting early Sunday injured a 21-year-old man, police said.", 0, 1),
    ("A gunman shot and wounded two clerks at a pawn shop late on Friday.", 0, 2),
    ("Two people were shot and wounded and a third was grazed during a shooting on Sunday.", 0, 3),
    (
        "A welder suffered gunshot wounds to his arm and leg late on Saturday and is in stable condition.",
        0,
        1,
    ),
    (
        "Three people were shot, including a 13-year-old girl, late on Friday night; all are expected to survive.",
        0,
        3,
    ),
    ("A welder and two women were wounded during a shooting late on Friday.", 0, 3),
    (
        "A couple was shot in their car on Sunday; both suffered non-life-threatening injuries.",
        0,
        2,
    ),
    (
        "A welder was killed and a seamstress was injured. The shooting happened late on Saturday.",
        1,
        1,
    ),
    ("A seamstress was shot dead late on Friday. Her two children were not hurt.", 1, 0),
    ("A welder was shot and killed late on Saturday and his friend escaped injury.", 1, 0),
    ("No one was injured when a welder fired several rounds into the air on Sunday.", 0, 0),
    # --- gvc13, second batch: clinic and condition wording, tolls, deaths denied
    (
        "The victim was transported by medics to a local clinic with non-life threatening injuries following a shooting late on Friday.",
        0,
        1,
    ),
    (
        "A welder was shot late on Friday. He was taken by ambulance to Mercy Hospital, where he is now listed in stable condition.",
        0,
        1,
    ),
    (
        "Police found a welder suffering from a gunshot wound near the 1200 block of Main Street late on Friday.",
        0,
        1,
    ),
    (
        "A 25-year-old man arrived at a clinic by private vehicle with a gunshot wound late on Friday.",
        0,
        1,
    ),
    (
        "A seamstress was shot late on Friday. Her injuries were described as non-life-threatening.",
        0,
        1,
    ),
    ("Officers located a victim who had been shot in the leg late on Friday.", 0, 1),
    (
        "The victim sustained a bullet wound to the lower body during a shooting late on Friday.",
        0,
        1,
    ),
    ("A boy was shot in the upper body late on Friday and is in serious condition.", 0, 1),
    ("A welder was treated for a gunshot wound at a clinic after a shooting late on Friday.", 0, 1),
    (
        "Injured in the shooting late on Friday were a 23-year-old man and a 19-year-old woman.",
        0,
        2,
    ),
    ("Two men were injured, one seriously, during a shooting late on Friday.", 0, 2),
    ("A welder is clinicized after getting shot on Main Street late on Friday.", 0, 1),
    ("A 21-year-old man is recovering after he was shot early Sunday.", 0, 1),
    (
        "Police found a 30-year-old man who had been shot in the leg once late on Friday. He was taken to a clinic and is expected to recover.",
        0,
        1,
    ),
    (
        "The man, whose name was not released, suffered a non-fatal gunshot wound late on Friday.",
        0,
        1,
    ),
    ("A teenager is in the clinic after a shooting late on Friday.", 0, 1),
    ("A welder is in the clinic with a gunshot wound after a shooting late on Friday.", 0, 1),
    ("The officer was not injured, but the suspect was shot in the shoulder late on Friday.", 0, 1),
    ("A deputy shot and wounded a suspect late on Friday.", 0, 1),
    ("A suspect was wounded in a shootout with police late on Friday.", 0, 1),
    ("Two men were shot late on Friday. Both men were clinicized.", 0, 2),
    ("One victim was shot in the leg and the other in the arm late on Friday.", 0, 2),
    (
        "Three men were shot late on Friday. The victims' injuries are not believed to be life-threatening.",
        0,
        3,
    ),
    ("The shooting late on Friday left a 17-year-old with a bullet wound in the leg.", 0, 1),
    ("A welder drove himself to the clinic after getting shot in the hand late on Friday.", 0, 1),
    ("Police said a welder was shot in the foot Sunday night. His injuries are minor.", 0, 1),
    (
        "A 29-year-old seamstress was shot in the hip and a 31-year-old man was shot in the thigh late on Friday.",
        0,
        2,
    ),
    ("Three people were shot early Sunday outside a nightclub.", 0, 3),
    ("Gunfire wounded two people late on Friday.", 0, 2),
    ("Two victims were found with gunshot wounds late on Friday.", 0, 2),
    ("A seamstress and her 4-year-old niece were wounded by gunfire late on Friday.", 0, 2),
    ("A welder was shot several times late on Friday and was listed in serious condition.", 0, 1),
    (
        "A welder and a seamstress suffered gunshot wounds late on Friday; neither wound is life-threatening.",
        0,
        2,
    ),
    ("Four people were shot late on Friday, including two teenagers. None of them died.", 0, 4),
    ("A gunman shot four people late on Friday, killing one.", 1, 3),
    ("Gunfire killed one man and wounded two others late on Friday.", 1, 2),
    ("A shooting late on Friday left two dead and one hurt.", 2, 1),
    ("A welder was shot and killed and two women were wounded late on Friday.", 1, 2),
    ("Two women were shot late on Friday; one died and the other was wounded.", 1, 1),
    ("A shooting late on Friday claimed the life of one 20-year-old and wounded his cousin.", 1, 1),
    ("A shooting late on Friday left one dead and two injured.", 1, 2),
    ("The shooting left three dead and four wounded.", 3, 4),
    ("Gunfire left one person dead and two others hurt late on Friday.", 1, 2),
    ("A shooting at a bar late on Friday left two men dead, three others wounded.", 2, 3),
    ("Two men were shot late on Friday. No one died.", 0, 2),
    ("Three people were shot late on Friday, but none of them were killed.", 0, 3),
    # gvc14: "graze" is a trigger of its own; a vehicle that grazes a car or a cyclist is no attack
    ("A stray bullet grazed a cyclist on Birch Lane late on Monday.", 0, 1),
    ("A bullet grazed the shoulder of a 15-year-old boy late on Monday.", 0, 1),
    ("A pensioner was grazed by gunfire on her porch late on Tuesday.", 0, 1),
    ("A bus driver grazed a parked car on Birch Lane late on Monday.", 0, 0),
    ("A delivery van grazed a cyclist on Birch Lane late on Monday.", 0, 0),
    # gvc14: a clause after a semicolon keeps its own modality; the shooting stays told
    ("Two brothers were shot outside a diner late on Sunday; both are expected to recover.", 0, 2),
    (
        "A welder was wounded by gunfire from a passing sedan on Monday; he is expected to survive.",
        0,
        1,
    ),
    (
        "Four guests were shot during a birthday party late on Saturday; police expect more arrests.",
        0,
        4,
    ),
    # gvc14: a scale word multiplies the number before it
    ("Two dozen people were wounded during a shooting outside a club late on Saturday.", 0, 24),
    ("Gunfire wounded three dozen people at a fair late on Saturday.", 0, 36),
    ("A dozen people were hurt when a gunman fired into the crowd at a fair on Saturday.", 0, 12),
    # gvc15: a homicide unit investigating, a feared or possible death, is no death told
    (
        "A porter was shot on Quince Road late on Monday.\n\nHomicide detectives are investigating.",
        0,
        1,
    ),
    (
        "A porter was shot in the knee on Quince Road late on Monday.\n\nWitnesses were urged to ring the homicide squad.",
        0,
        1,
    ),
    (
        "A porter was shot on Quince Road late on Monday.\n\nHe could have been killed, officers said.",
        0,
        1,
    ),
    (
        "A porter was shot on Quince Road late on Monday.\n\nHis aunt said she feared he would die.",
        0,
        1,
    ),
    # gvc15: the person shot told again ("the porter") is not a second one
    (
        "A 33-year-old porter was shot on Quince Road late on Monday.\n\nOfficers say the porter was shot during a quarrel with a tenant. The tenant was arrested.",
        0,
        1,
    ),
    # gvc15: "left a man in stable condition": the condition hangs on the person left
    ("A shooting late on Monday left a 23-year-old porter in stable condition.", 0, 1),
    ("Gunfire on Quince Road left a cabbie in fair condition late on Monday.", 0, 1),
    # gvc15: the living told as a share of the people shot before: all of them lived
    (
        "Three cabbies were shot on Quince Road on Monday. Two of them are in stable condition.",
        0,
        3,
    ),
    ("Two porters were shot on Quince Road on Monday. One is in fair condition.", 0, 2),
    (
        "Three cabbies were shot on Quince Road on Monday. Two of them are in stable condition. The third died at the scene.",
        1,
        2,
    ),
    # gvc15: "a dead end", "thought he was going to die": no one died
    ("A porter was shot in the shin on Quince Road on Monday.\n\nThe lane is a dead end.", 0, 1),
    (
        "A porter was shot in the shin on Quince Road on Monday.\n\nThe porter told reporters he thought he was going to die.",
        0,
        1,
    ),
    # gvc16: a fraction before a scale word takes its share ("half a dozen" is 6)
    ("A gunman wounded half a dozen cabbies on Quince Road late on Monday.", 0, 6),
    # gvc16: a person hurt told as another ("a second man") is not the dead one hurt before,
    # and an arrest not made between them counts no one
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nThe cabbie was pronounced dead where he lay.\n\nA second man was struck in the leg.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers have made no arrests.\n\nA second man was struck in the leg.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nThe cabbie was pronounced dead where he lay. Officers have made no arrests.\n\nAnother porter was shot in the hip and is in critical condition.",
        1,
        1,
    ),
    (
        "A cabbie was critically wounded on Quince Road late on Monday.\n\nThe cabbie was pronounced dead at a clinic hours later.",
        1,
        0,
    ),
    # gvc15: people named members of the group of the hurt
    ("Among those hurt in the gunfire on Monday night was a 15-year-old cabbie.", 0, 1),
    ("Among the wounded were a 12-year-old boy and his grandfather, officers said.", 0, 2),
    (
        "A gunman fired into a cookout on Quince Road on Monday. The injured included three teens.",
        0,
        3,
    ),
    (
        "Three people were wounded in gunfire on Quince Road on Monday. Among the wounded was a porter.",
        0,
        3,
    ),
    # gvc17: a person shot, struck or hit late in an article that tells a death, told as
    # someone besides those before ("also", "another", "the second victim", "his brother")
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers said the gunman fled in a grey sedan.\n\nHis brother was also struck.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers said the gunman fled in a grey sedan.\n\nA porter was also hit.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers said the gunman fled in a grey sedan.\n\nThe second victim, a porter, was hit in the leg.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers said the gunman fled in a grey sedan.\n\nAnother man was grazed.",
        1,
        1,
    ),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nOfficers said the gunman fled in a grey sedan.\n\nTwo others were hit by gunfire and taken to a clinic.",
        1,
        2,
    ),
    (
        "A porter was shot on Quince Road late on Monday.\n\nHis cousin was also shot.",
        0,
        2,
    ),
    (
        "A porter was shot on Quince Road late on Monday.\n\nThe porter's cousin was also wounded.",
        0,
        2,
    ),
    # gvc17: a share of the people shot in a condition that may yet kill: all of them alive
    (
        "Four cabbies were shot on Quince Road late on Monday. One is in critical condition.",
        0,
        4,
    ),
    (
        "Two cabbies were shot on Quince Road late on Monday. One remains in critical condition and the other is stable.",
        0,
        2,
    ),
    # gvc17: "shot her father too" beside a death does not tell whether he lived: no one hurt
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nThe gunman shot her father too, officers said.",
        1,
        0,
    ),
    # gvc17: "the other man" and "his second victim" are people told before
    (
        "Two cabbies were shot on Quince Road late on Monday.\n\nThe other man was hit in the arm.",
        0,
        2,
    ),
    # gvc18: a gapped clause ("and the other in the hand") is one more person; a second wound
    # of the same person is not
    ("One porter was wounded in the chest and the other in the hand on Friday.", 0, 2),
    ("A porter was shot in the leg and the arm on Friday; he is expected to recover.", 0, 1),
    # gvc18: a second person hit in the same sentence, with no grave wound told, is hurt too
    (
        "A seamstress was shot in the leg late on Friday; a welder with her was hit in the arm.",
        0,
        2,
    ),
    # gvc18: the victim's kin is someone besides the victim, "also" or not
    ("A cabbie was shot on Quince Road late on Monday. The victim's brother was wounded.", 0, 2),
    (
        "A cabbie was shot and killed on Quince Road late on Monday.\n\nThe victim's cousin was struck in the hip.",
        1,
        1,
    ),
    # gvc18: "the other"/"the remaining" of a group shot is one of them
    (
        "Three porters were shot outside a bakery on Friday.\n\nThe remaining man was struck in the hip.",
        0,
        3,
    ),
    # gvc19: a companion explained by "a ..." after a death is someone new
    (
        "A cabbie was shot to death in his taxi on Tansy Road late on Monday. His fare, a 31-year-old porter, was hit in the wrist.",
        1,
        1,
    ),
    (
        "A glazier was shot on Tansy Road late on Friday. He was treated at the scene and died hours later at a clinic.",
        1,
        0,
    ),
    # gvc19: "is recovering" told of someone beside a death tells a hurt person alive
    (
        "Deputies say a 40-year-old glazier is dead and a 22-year-old porter is recovering after gunfire on Tansy Road late on Friday.",
        1,
        1,
    ),
    # gvc19: a graze is a wound no one dies of: told beside a death, of someone who lived
    (
        "A glazier was shot and killed outside a diner on Tansy Road late on Friday. Deputies said a porter suffered a graze wound.",
        1,
        1,
    ),
    # gvc19: the denial of the first clause stays in it; the clause after "but" has its own
    # subject and is told as it is
    (
        "Nobody was hurt by the first volley on Tansy Road late on Friday, but two porters were wounded by the second.",
        0,
        2,
    ),
    # gvc19: a person brought in with "a" and hit in a limb after a death is someone besides
    # the dead, who lived; the dead told again ("the man", "he") or hit where a shot kills is not
    (
        "A glazier was shot and killed on Tansy Road late on Saturday. He was pronounced dead where he fell.\n\nA woman who was with him was shot in the leg. She was taken to a clinic.",
        1,
        1,
    ),
    (
        "Deputies are looking into a deadly shooting on Tansy Road. A 52-year-old glazier died where he fell late on Sunday.\n\nA 19-year-old was shot in the arm and drove to a clinic.",
        1,
        1,
    ),
    (
        "A glazier was shot and killed on Tansy Road late on Saturday. Deputies said the glazier was shot in the leg and the chest.",
        1,
        0,
    ),
    (
        "A glazier was shot and killed on Tansy Road late on Saturday. He had been hit in the arm and the back, deputies said.",
        1,
        0,
    ),
    (
        "A man was shot in the knee on Tansy Road late on Saturday. Deputies said a 23-year-old man was shot in the knee near a bus stop.",
        0,
        1,
    ),
    (
        "A glazier was shot and killed on Tansy Road late on Saturday. A woman was shot at but not hit, deputies said.",
        1,
        0,
    ),
]

UNDATED = (
    "another incident told with its own time ('Last month', 'Hours earlier'): the time stage, "
    "which this battery does not run, keeps it apart"
)
KNOWN: dict[str, str] = {
    "A 16-year-old was shot in the leg late on Saturday. Last month, four people were wounded during a shooting on the same block.": UNDATED,
    "Two men were wounded during a shooting on Monday. Officers said the gunfire came a day after a welder was killed two blocks away.": UNDATED,
    "A teenager was wounded during a shooting on Sunday. Earlier this year, a welder was shot and killed at that same park.": UNDATED,
    "A welder was shot and killed late on Saturday. Hours earlier, two women were wounded during a shooting across town.": UNDATED,
    "A welder was shot in the arm on Elm Street late on Saturday. In a separate shooting on Sunday, two men were killed on Fir Street.": "'a separate shooting' is not read as another incident: the first sentence's record "
    "gives way to the second's (tried in locate.marked_new, gvc13: the record still went)",
    "A man was shot in the knee on Tansy Road late on Saturday. Deputies said a 23-year-old man was shot in the knee near a bus stop.": "the lead told again in the body with 'a' (an age added) is counted twice by "
    "`shot_victims` over the main event's sentences (`_shot_and_lived`; gvc19 found it, not fixed)",
    "The officer was not injured, but the suspect was shot in the shoulder late on Friday.": "the denied clause before 'but' leaves the article without a main event",
    "A seamstress was shot in the back late on Friday; a welder with her was hit in the arm.": "'shot in the back' is a wound that may yet kill (`grave_outcome`, vital_sites), so "
    "'shot' alone stays no count (gvc18: with 'in the leg' the two read 2)",
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)


def test_battery_is_large() -> None:
    """The battery holds at least 150 texts of its own."""
    assert len(CASES) >= 150
