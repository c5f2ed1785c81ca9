package phrasing

// Who-questions that look for a culprit: "Who deployed this?", "Whose
// change was it?". The seeds' own who-questions look for people to hear,
// not to blame ("Who was involved in responding?", "Who was on the incident
// call?"), and forward-looking ones assign work ("Who will own this?"); so
// only a who followed by a past action or by fault words is flagged.

// culpritVerbs after "who" ask for the person behind a change.
var culpritVerbs = set("deployed", "pushed", "merged", "approved", "wrote", "broke", "caused",
	"did", "changed", "ran", "forgot", "missed", "ignored", "deleted", "removed", "disabled",
	"turned", "made", "introduced", "shipped", "committed", "signed", "let", "allowed",
	"reviewed", "dropped", "messed", "screwed", "touched", "configured", "misconfigured", "set",
	"killed", "released", "modified", "edited", "authored", "okayed", "ok'd", "greenlit",
	"green-lit", "decided", "skipped", "rolled", "didn't", "never", "failed", "overlooked",
	"botched", "wrecked", "started", "triggered", "kicked", "landed", "rubber-stamped", "lgtm'd",
	"should", "shouldn't", "forgotten", "neglected", "typed", "fat-fingered", "dropped", "updated")

// faultWords after "who is/was" or "whose" make it a question of fault.
var faultWords = set("responsible", "blame", "fault", "culprit", "guilty", "accountable")

// whoLeadIns may come before a question's "who": "So who deployed this?",
// "I want to know who approved it".
var whoLeadIns = set("so", "and", "but", "then", "ok", "okay", "wait", "seriously", "know",
	"out", "ask", "asked", "asking", "wondering", "wonder", "tell", "figure", "find", "see",
	"remind", "well", "honestly", "exactly", "check")

// passivable verbs make "Who approved the change?" into "How was the change
// approved?".
var passivable = set("deployed", "pushed", "merged", "approved", "wrote", "changed", "shipped",
	"reviewed", "configured", "released", "modified", "edited", "removed", "deleted",
	"disabled", "introduced", "committed", "updated", "triggered", "started", "ran", "set",
	"misconfigured", "rolled", "turned")

// verbTails open a phrase that goes with the verb, not the object, so a
// how-question can keep it after the participle: "deployed this without
// checking", "merged the branch before the review". "the change to the
// cron" keeps its "to" with the noun, and gets the rule's own question.
var verbTails = set("without", "before", "after", "during", "until", "while", "when")

func detectWho(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	t := &d.toks[i]
	if !t.clause && !sentenceStart(d, i) && !(i > 0 && d.same(i-1, i) && whoLeadIns[d.toks[i-1].word]) {
		return // "the engineer who deployed the fix" is a relative clause
	}
	if i > 0 && d.same(i-1, i) && d.toks[i-1].comma && !d.sentOf(i).question {
		return // "thanks to the vendor, who dropped everything to help": a relative clause
	}
	w := t.word
	k := i + 1
	for k < len(d.toks) && d.same(i, k) && adverbs[d.toks[k].word] {
		k++
	}
	if !d.same(i, k) {
		return
	}
	v := d.toks[k].word
	end := k + 1
	switch {
	case w == "whose":
		switch v {
		case "fault", "idea", "change", "mistake", "code", "commit", "pr", "deploy", "decision",
			"responsibility", "call", "job", "error", "bad", "config", "screwup", "screw-up":
		default:
			return
		}
	case w == "who's":
		if !faultWords[v] && v != "to" && v != "at" {
			return
		}
		if v == "to" || v == "at" {
			end++
		}
	case v == "is" || v == "was" || v == "were" || v == "are":
		n := d.tok(k + 1)
		if !faultWords[n] && n != "to" && n != "at" && n != "behind" {
			return
		}
		end = k + 2
		if n == "to" || n == "at" {
			end++
		}
	case v == "thought" && (d.tok(k+1) == "this" || d.tok(k+1) == "that" || d.tok(k+1) == "it"):
		// "Who thought this was a good idea?"
		end = k + 2
	case culpritVerbs[v]:
		if (v == "should" || v == "shouldn't") && d.tok(k+1) != "have" {
			return
		}
	default:
		return
	}
	f := c.finding(d, r, i, end)
	if w == "who" && passivable[v] {
		limit := clauseEnd(d, k)
		kk := k + 1
		particle := ""
		if particles[d.tok(kk)] && d.same(k, kk) {
			particle = " " + d.text[d.toks[kk].start:d.toks[kk].end]
			kk++
		}
		if npEnd, head := objectNP(d, kk, limit); npEnd > 0 && (npEnd == limit || verbTails[d.tok(npEnd)]) {
			be := "was"
			if isPlural(d.toks[head].word) {
				be = "were"
			}
			// "Who deployed this without checking?": "How was this
			// deployed without checking?"
			f.Suggestion = joinWords("How "+be+" "+trimPunct(d.span(kk, npEnd))+" "+
				participle(baseOf(v))+particle, trimPunct(d.span(npEnd, limit))) + "?"
		}
	} else if w == "who" && v == "did" && d.tok(k+1) == "this" || d.tok(k+1) == "that" {
		f.Suggestion = "How did this happen, and what made it possible?"
	}
	if f.Suggestion != r.Suggestion {
		// A how-question is for the room to answer, not a line for the
		// postmortem: it goes beside the flag, and tab has nothing to put in.
		f.Question, f.Suggestion = f.Suggestion, r.Suggestion
	}
	*out = append(*out, f)
}
