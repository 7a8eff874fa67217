/* test-wizard-state.c - struct wizard holds everything that lives longer
 * than a screen: wizard_init() makes it from the options, wizard_wipe()
 * leaves nothing of the person behind (the next visitor of a kiosk gets
 * exactly a fresh wizard), wizard_result() diagnoses the answers of now. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "market-fixture.h"
#include "flow-stub.h"
#include "wizard.h"

static struct wizard w, fresh;

/* Everything a person leaves in the wizard during an interview. */
static void
use(struct wizard *z)
{
	const struct pipeline *r = wizard_result(z);

	CHECK(r != NULL);
	CHECK(r != NULL && r->ok && r->facts.has_job);
	z->marks[0].action = r != NULL && r->plan.n > 0 ? r->plan.items[0].action : 0;
	z->marks[0].chosen = 1;
	snprintf(z->marks[0].note, sizeof z->marks[0].note, "call Mme Martin on Monday");
	z->nmarks = 1;
	z->return_to = PLACE_DIAGNOSIS;
	z->summary_focus = 4;
	z->diagnosis_focus = 2;
	z->plan_focus = 1;
	z->plan_more = 1;
	wizard_note(z, "Saved to ~/Documents/tremplin-plan-2026-11-27.txt");
	z->session_id = 42;
	z->dirty = 1;
	snprintf(z->saved_screen, sizeof z->saved_screen, "plan");
	z->saved_finished = 1;
	z->save_failed = 1;
}

static void
test_wipe(const struct wizard_options *o)
{
	CHECK_INT(wizard_init(&w, o), EXIT_OK);
	CHECK(SIT_HAS(&w.sit, SIT_JOB));
	CHECK_STR(w.sit.job, "J1501");
	use(&w);
	wizard_wipe(&w);
	/* Byte for byte a wizard that was never used, but for the options
	 * and the databases it keeps open. */
	fresh.opts = o;
	wizard_wipe(&fresh);
	fresh.store = w.store;
	fresh.sessions = w.sessions;
	CHECK(memcmp(&w, &fresh, sizeof w) == 0);
	CHECK(!SIT_HAS(&w.sit, SIT_JOB));
	CHECK_INT(w.result.ran, 0);
	CHECK_INT(w.msg[0], '\0');
	/* The diagnosis asked for now is the new person's, not the last one's. */
	CHECK(wizard_result(&w) != NULL);
	CHECK_INT(w.result.facts.has_job, 0);
	wizard_free(&w);
	CHECK(w.store == NULL);
}

int
main(void)
{
	char db[64], answers[] = "/tmp/tremplin-wizard-XXXXXX";
	struct store *st = fixture_store(db, sizeof db, NULL);
	struct wizard_options o = { .db = db, .answers = answers, .no_save = 1 };
	struct wizard_options bad = o;
	int fd = mkstemp(answers);

	if (st == NULL || fd < 0)
		return 99;
	store_close(st);
	if (write(fd, "job=J1501\ndepartement=75\n", 25) != 25)
		return 99;
	close(fd);
	test_wipe(&o);
	/* Bad options: the reason on stderr, the status of cli.h. */
	bad.answers = "/nonexistent/answers";
	CHECK_INT(wizard_init(&w, &bad), EXIT_USAGE);
	wizard_free(&w);
	bad.answers = NULL;
	bad.resume = "not-a-code";
	CHECK_INT(wizard_init(&w, &bad), EXIT_USAGE);
	wizard_free(&w);
	bad.resume = NULL;
	bad.db = "/nonexistent/reference.db";
	CHECK_INT(wizard_init(&w, &bad), EXIT_FAIL);
	wizard_free(&w);
	unlink(answers);
	unlink(db);
	return check_done();
}
