// Event categories, their colours and a line each explaining them. The PLOVER lines follow the
// trigger table of docs/CODEBOOK.md (section 2); the ACLED lines ACLED's own definitions.

export const PLOVER = [
  ["AGREE", "#1b9e77", "Agree, promise, pledge or offer; a ceasefire or a deal."],
  ["CONSULT", "#66a61e", "Meet, negotiate, discuss, brief, visit or host; talks and summits."],
  ["SUPPORT", "#a6d854", "Praise, welcome, endorse, sign or ratify."],
  ["CONCEDE", "#8dd3c7", "Concede, apologize, ease or lift (demands, restrictions)."],
  ["COOPERATE", "#80b1d3", "Cooperate, collaborate or extradite."],
  ["AID", "#377eb8", "Donate aid, or provide or deliver aid, weapons or funds."],
  ["RETREAT", "#bebada", "Withdraw, reduce forces, evacuate, release, resign, defect or surrender."],
  ["REQUEST", "#fdb462", "Urge, ask, demand or appeal; call for or call on someone."],
  ["ACCUSE", "#e6ab02", "Accuse, blame, allege, condemn, criticize or investigate."],
  ["REJECT", "#b3de69", "Reject, refuse, deny or veto."],
  ["THREATEN", "#ff7f00", "Threaten or warn; an ultimatum or a warning."],
  ["PROTEST", "#984ea3", "Protest, demonstrate, rally, march, riot or boycott; workers' strikes."],
  ["SANCTION", "#a65628", "Sanction, expel, suspend, close an embassy; sanctions and shutdowns."],
  ["MOBILIZE", "#f781bf", "Mobilize, deploy or mass forces."],
  ["COERCE", "#e7298a", "Arrest, detain, seize, raid, deport or ban; crackdowns and curfews."],
  ["ASSAULT", "#e41a1c", "Attack, kill, shoot, bomb, shell, clash, abduct or torch; air strikes."],
];

export const ACLED = [
  ["Battles", "#d62728", "Armed clashes between organised armed groups, and territory changing hands."],
  ["Violence against civilians", "#9467bd", "Armed groups attacking, abducting or sexually assaulting unarmed people."],
  ["Explosions/Remote violence", "#ff7f0e", "Bombs, shelling, missiles, air or drone strikes, remote explosives."],
  ["Riots", "#8c564b", "Violent demonstrations and mob violence."],
  ["Protests", "#1f77b4", "Peaceful demonstrations, including those met with force."],
  ["Strategic developments", "#2ca02c", "Non-violent moves that matter: agreements, arrests, troop movements, handovers."],
];

export const NO_COLOUR = "#8c8c8c";

const colours = {
  plover: new Map(PLOVER.map(([name, colour]) => [name, colour])),
  acled: new Map(ACLED.map(([name, colour]) => [name, colour])),
};

/** The colour of an event (or place) under a scheme: "plover" by type, "acled" by ACLED type. */
export function colourOf(scheme, ploverType, acledType) {
  const key = scheme === "acled" ? acledType : ploverType;
  return colours[scheme].get(key) || NO_COLOUR;
}

export function categories(scheme) {
  return scheme === "acled"
    ? [...ACLED, ["none", NO_COLOUR, "No ACLED counterpart (talks, statements, aid, ...)."]]
    : PLOVER;
}
