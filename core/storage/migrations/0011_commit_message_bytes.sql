-- Schema version 11: a commit message holding a NUL byte. Text columns never hold NUL
-- (PostgreSQL's text cannot; BoundQuery writes U+2400 "␀" in its place on both backends), so
-- such a message also keeps its exact bytes here; NULL for every other message.
ALTER TABLE commits ADD COLUMN message_raw BLOB;
-- Caches written before this version may hold NUL in `message` (SQLite took it): keep the
-- exact bytes beside it, so a copy to a team database loses nothing.
UPDATE commits SET message_raw = CAST(message AS BLOB) WHERE instr(CAST(message AS BLOB), x'00') > 0;
