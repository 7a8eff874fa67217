/* screen-common.h - what the question screens share: the question text
 * on top, the help text, storing an answer, the first-letter jump. */
#ifndef TREMPLIN_SCREEN_COMMON_H
#define TREMPLIN_SCREEN_COMMON_H

#include <stddef.h>
#include <wchar.h>

#include "screen.h"

/* Left column and width of question screens. */
int screen_left(void);
int screen_width(void);

/* Draw the question of S (bold, wrapped) from the top of the body, erasing
 * the body first; returns the first free row below it (one blank row). */
int screen_question_top(struct screen *s);

/* The help text of S's question, translated. */
const char *screen_question_help(struct screen *s);

/* Store VALUE (answers-file syntax) as the answer of S's question; 0, or
 * -1 with the reason on the message line. */
int screen_store(struct screen *s, const char *value);

/* Index of the next label after FROM (cycling) whose first letter is CH,
 * ignoring case and accents; -1 when none. */
int screen_letter_find(const char *const *labels, int n, int from, wint_t ch);

/* The item that number key K (REQ_PICK: 1 to 9) picks among N items: 0
 * to N-1; -1 when K is no number key, -2 when no item has that number. */
int screen_pick(const struct screen_key *k, int n);

/* 1 when CH is a character that can be typed into a text field. */
int screen_typable(const struct screen_key *k);

/* The language the interface speaks now ("fr", "en"). */
const char *screen_ui_lang(void);

/* A one-line text field (the job and département searches). */
#define SCREEN_FIELD_MAX 64
struct screen_field {
	char text[SCREEN_FIELD_MAX];  /* UTF-8 */
	size_t len;
	int y, x, w;                  /* where it is drawn */
};
/* Type or erase for key K; 1 when the text changed, 0 when K is not for
 * the field. */
int screen_field_key(struct screen_field *f, const struct screen_key *k);
/* Draw the field and put the cursor after its text. */
void screen_field_draw(const struct screen_field *f);

#endif
