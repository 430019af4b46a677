/* speech.h: a voice for visitors without a screen reader: utterances to speech-dispatcher, and a log of them. */
#ifndef SENDGUIDE_SPEECH_H
#define SENDGUIDE_SPEECH_H

/*
 * A view collects what it has to say (speech_add, SSML from speech_text.h)
 * and sends it with speech_send once its screen is painted: the first
 * utterance of a send stops whatever was still being said, the others
 * queue behind it. Every utterance sent is also written, one line each and
 * exactly as sent, to the speech log when there is one.
 *
 * The service is spoken to by a thread of its own, so the guide never
 * waits for it: a service that is missing, stopped or dead leaves the
 * guide silent, and says so once (speech_trouble).
 */

#include <stdbool.h>

struct speech;

/* Start speaking: to the speech service when service, to the log at
   log_path (NULL: none). Returns NULL when neither is asked for; *err is
   set (and NULL returned) when the log cannot be opened. */
struct speech *speech_start(bool service, const char *log_path, const char **err);
/* Stop speaking (waiting a moment at most for the service) and free sp;
   tell gets the service's trouble if speech_trouble never gave it. */
void speech_end(struct speech *sp, void (*tell)(const char *why));

/* Add an utterance (a whole <speak> document, UTF-8) to the next send. */
void speech_add(struct speech *sp, const char *ssml);
/* Send what was added: stop what is being said, then say it. Nothing
   added: nothing happens. */
void speech_send(struct speech *sp);
/* Stop at once what is being said and drop what was not yet sent. */
void speech_cancel(struct speech *sp);
/* Say the last send again. */
void speech_repeat(struct speech *sp);
/* Stop, and forget everything said (a kiosk's next visitor); rate and
   volume go back to the service's own. */
void speech_forget(struct speech *sp);
/* Slower or faster (-1, +1); quieter or louder (-1, +1). */
void speech_rate(struct speech *sp, int step);
void speech_volume(struct speech *sp, int step);

/* Why the service cannot be used, once, the first time it is known; NULL
   otherwise (and every later time). */
const char *speech_trouble(struct speech *sp);

#endif
