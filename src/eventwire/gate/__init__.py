"""The news gate stage: after dedupe, before annotate; articles with no news skip the parse."""
