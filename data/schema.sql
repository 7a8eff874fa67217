-- Tremplin reference database: labour-market data the diagnosis reads.
-- Opened read-only by the wizard. Personal data never goes here.
-- Schema version 3 (core/store.c migrates a version 1 file: the columns
-- sources.release, job_groups.parent, job_titles.rank and the tables
-- channels and salaries; and a version 2 file: the table job_words). A
-- later version adds a migration there.

CREATE TABLE schema_version (
	version INTEGER NOT NULL
);

-- Where each table's rows came from: one row per import.
CREATE TABLE sources (
	kind     TEXT NOT NULL,          -- default, rome, imt, bmo, insee
	path     TEXT NOT NULL,
	source   TEXT NOT NULL,          -- a name a person can look up
	year     INTEGER NOT NULL,
	example  INTEGER NOT NULL DEFAULT 0,
	rows     INTEGER NOT NULL DEFAULT 0,
	imported TEXT NOT NULL,          -- ISO 8601 date of the import
	release  TEXT NOT NULL DEFAULT '' -- the publisher's release ("461"), '' none
);

-- The 14 ROME domains (A..N).
CREATE TABLE domains (
	code TEXT PRIMARY KEY,
	name TEXT NOT NULL
);

-- ROME job groups ("fiches métier", e.g. D1102 Boulangerie - viennoiserie).
CREATE TABLE job_groups (
	code             TEXT PRIMARY KEY,
	name             TEXT NOT NULL,
	domain           TEXT NOT NULL REFERENCES domains(code),
	diploma_required INTEGER NOT NULL DEFAULT 0, -- 1: a diploma is usually required
	diploma_level    TEXT,            -- none cap_bep bac bac2 bac3 bac5, NULL when unknown
	licence_often    INTEGER NOT NULL DEFAULT 0, -- 1: driving licence often required
	parent           TEXT             -- ROME 4.0 sheet: the ROME v3 group it comes
	                                  -- from (figures published per v3 group apply);
	                                  -- NULL for a v3 group
);
CREATE INDEX job_groups_parent ON job_groups(parent);

-- ROME job titles ("appellations"): masculine / feminine forms in one string.
CREATE TABLE job_titles (
	id     INTEGER PRIMARY KEY,
	code   TEXT NOT NULL REFERENCES job_groups(code),
	title  TEXT NOT NULL,
	folded TEXT NOT NULL,             -- lower case, no accents, words split by spaces
	rank   INTEGER NOT NULL DEFAULT 1, -- 0 the sheet's principal title, 1 another
	                                  -- title, 2 rarely used (ROME peu_usite): last
	UNIQUE (code, title)
);
CREATE INDEX job_titles_code ON job_titles(code);

-- Every word of every folded title, for prefix search on any word.
CREATE TABLE title_words (
	word     TEXT NOT NULL,
	title_id INTEGER NOT NULL REFERENCES job_titles(id),
	pos      INTEGER NOT NULL,        -- 0 for the first word of the title
	PRIMARY KEY (word, title_id, pos)
) WITHOUT ROWID;

-- English words for a few job titles: the project's own table
-- (data/english_words.tsv), not official data. An import of official ROME
-- files keeps it; a word finds its title only while that title exists.
CREATE TABLE job_words (
	word  TEXT NOT NULL,              -- one folded word ("cook")
	code  TEXT NOT NULL,              -- the title's job group
	title TEXT NOT NULL,              -- the title, as job_titles.title
	PRIMARY KEY (word, code, title)
) WITHOUT ROWID;

-- Related jobs (ROME "mobilité"): close jobs and evolutions.
CREATE TABLE job_links (
	source TEXT NOT NULL REFERENCES job_groups(code),
	target TEXT NOT NULL REFERENCES job_groups(code),
	kind   TEXT NOT NULL CHECK (kind IN ('close', 'evolution')),
	PRIMARY KEY (source, target, kind)
) WITHOUT ROWID;

-- Free texts per job group (definition, access conditions...).
CREATE TABLE job_texts (
	code     TEXT NOT NULL REFERENCES job_groups(code),
	kind     TEXT NOT NULL,
	position INTEGER NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (code, kind, position)
) WITHOUT ROWID;

-- INSEE official geographic code.
CREATE TABLE regions (
	code TEXT PRIMARY KEY,
	name TEXT NOT NULL
);

CREATE TABLE departements (
	code    TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	article INTEGER NOT NULL DEFAULT 0, -- INSEE TNCC 0..5 (le, la, les, l')
	region  TEXT NOT NULL REFERENCES regions(code),
	folded  TEXT NOT NULL
);
CREATE INDEX departements_region ON departements(region);

-- Market indicators per job group x area (IMT-like figures).
-- level: D departement, R region, F France (area '' for F).
CREATE TABLE market (
	rome            TEXT NOT NULL,
	level           TEXT NOT NULL CHECK (level IN ('D', 'R', 'F')),
	area            TEXT NOT NULL,
	offers          INTEGER,          -- job offers over the period
	candidates      INTEGER,          -- job seekers over the period
	tension         REAL,             -- offers per 10 candidates
	seasonal_months INTEGER,          -- bit 0 = January ... bit 11 = December
	cdi_share       REAL,             -- share of offers, percent, NULL unknown
	cdd_share       REAL,
	interim_share   REAL,
	source          TEXT NOT NULL,
	year            INTEGER NOT NULL,
	example         INTEGER NOT NULL DEFAULT 0, -- 1: not an official figure
	PRIMARY KEY (rome, level, area)
) WITHOUT ROWID;
CREATE INDEX market_area ON market(level, area);

-- Recruitment projects (BMO survey) per job group x departement.
CREATE TABLE recruitment (
	rome          TEXT NOT NULL,
	departement   TEXT NOT NULL,
	projects      REAL NOT NULL,      -- weighted estimate
	hard_share    REAL,               -- percent of projects hard to fill
	seasonal_share REAL,              -- percent of seasonal projects
	source        TEXT NOT NULL,
	year          INTEGER NOT NULL,
	example       INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (rome, departement)
) WITHOUT ROWID;

-- Hiring channels (IMT application_modes, published per FAP family and
-- mapped to ROME groups): the share of hires through each channel.
CREATE TABLE channels (
	rome    TEXT NOT NULL,
	channel TEXT NOT NULL CHECK (channel IN
	        ('spontaneous', 'intermediaries', 'network', 'other')),
	share   REAL NOT NULL,            -- percent of the hires
	source  TEXT NOT NULL,
	year    INTEGER NOT NULL,
	example INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (rome, channel)
) WITHOUT ROWID;

-- Salary ranges (IMT salaries, published per PCS profession and mapped
-- to ROME groups), gross euros per month, per age group and area.
CREATE TABLE salaries (
	rome      TEXT NOT NULL,
	level     TEXT NOT NULL CHECK (level IN ('D', 'R', 'F')),
	area      TEXT NOT NULL,
	age_group TEXT NOT NULL CHECK (age_group IN ('under35', 'from35')),
	minimum   INTEGER NOT NULL,
	maximum   INTEGER NOT NULL,
	source    TEXT NOT NULL,
	year      INTEGER NOT NULL,
	example   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (rome, level, area, age_group)
) WITHOUT ROWID;
