package phrasing

// A never-again beside a step the writer has already taken and named in
// the same sentence: "we have simplified the upload flow so that this
// cannot happen again", "we made a change in the web server's health check
// to prevent this from happening again". The step is what a reader can
// check. "We have updated our processes to ensure it never happens again"
// and "we have taken steps ..." name nothing, and stay flagged.

// doneLeads may stand between "we" and the verb of the step.
var doneLeads = set("have", "has", "had", "then", "also", "immediately", "already", "now", "since",
	"quickly", "promptly", "subsequently", "'ve", "just", "further")

// pastIrregular are past forms of building and changing verbs that do not
// end in "-ed".
var pastIrregular = set("made", "put", "built", "rebuilt", "rewrote", "rewritten", "wrote", "written",
	"set", "split", "shut", "cut", "brought", "ran", "run", "undone")

// notSteps are verbs of learning or talking: "we have reviewed the
// incident and will make sure ..." names no change.
var notSteps = set("learned", "learnt", "reviewed", "apologized", "apologised", "discussed",
	"investigated", "analyzed", "analysed", "identified", "understood", "examined", "assessed",
	"evaluated", "noted", "realized", "realised", "recognized", "recognised", "acknowledged",
	"started", "begun", "decided", "committed", "promised", "planned", "explained", "shared",
	"published", "informed", "notified", "contacted", "worked", "looked", "thought", "considered",
	"taken", "took", "vowed", "pledged", "resolved", "determined", "agreed", "asked", "told",
	"assured", "reassured", "guaranteed", "ensured", "confirmed")

// unnamedObjects name no part of the system: "our processes", "steps",
// "the incident", "everything".
var unnamedObjects = set("process", "processes", "procedure", "procedures", "step", "steps", "measure",
	"measures", "action", "actions", "policy", "policies", "practice", "practices", "change",
	"changes", "improvement", "improvements", "adjustment", "adjustments", "thing", "things",
	"everything", "precaution", "precautions", "incident", "incidents", "outage", "outages", "issue",
	"issues", "problem", "problems", "situation", "event", "matter", "what", "it", "this", "that",
	"these", "those", "lessons", "lesson", "feedback", "cause", "causes", "root", "several",
	"some", "all", "more", "additional", "necessary", "appropriate", "further", "new", "relevant",
	"internal", "various", "many", "few", "number", "of", "series", "set", "how", "way", "ways",
	"approach", "work", "systems", "system", "infrastructure", "setup", "environment", "tooling",
	"service", "services", "platform", "immediate", "urgent", "corrective", "preventive",
	"preventative", "remedial", "significant", "major", "key", "important", "needed")

// stepDoneNamed reports whether the sentence of the never-again at k has
// the writer's own past step with a named object before k.
func stepDoneNamed(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := s.first; j < k; j++ {
		if w := d.tok(j); w != "we" && w != "i" && w != "we've" && w != "i've" {
			continue
		}
		v := j + 1
		for v < k && doneLeads[d.tok(v)] && d.same(j, v) {
			v++
		}
		w := d.tok(v)
		if v >= k || !d.same(j, v) || notSteps[w] || !(pastIrregular[w] || len(w) > 4 && w[len(w)-2:] == "ed") {
			continue
		}
		if n := d.tok(v + 1); n == "to" || n == "that" || n == "sure" || n == "certain" {
			continue // "we decided to", "we made sure": no object
		}
		if namedObject(d, v+1, k) {
			return true
		}
	}
	return false
}

// namedObject reports whether the words from a up to the end of the
// object name a part of the system, and the object leads straight into a
// purpose ("to", "so that") that holds the never-again at k. "We patched
// the parser and it cannot happen again" pledges more than the step, and
// stays flagged.
func namedObject(d *doc, a, k int) bool {
	named := false
	for e := a; e < k && e < a+12 && d.same(a-1, e); e++ {
		w := d.toks[e].word
		if w == "to" || w == "so" {
			return named && purposeHolds(d, e, k)
		}
		if (w == "and" || w == "or") && e > a && !firstPersons[d.tok(e+1)] && !subjectPronouns[d.tok(e+1)] &&
			d.tok(e+1) != "it" && d.tok(e+1) != "this" && d.tok(e+1) != "will" {
			continue // "a change in our web server and deploy process"
		}
		if clauseWords[w] {
			return false
		}
		if !unnamedObjects[w] && !determiners[w] && !npStart[w] && !possessive(w) && !objectPreps[w] {
			named = true
		}
		if d.toks[e].comma {
			return false
		}
	}
	return false
}

// purposeHolds reports whether the purpose opened at p reaches the
// never-again at k with no other clause between.
func purposeHolds(d *doc, p, k int) bool {
	for j := p + 1; j < k; j++ {
		if w := d.toks[j].word; w == "and" || w == "but" || w == "because" || d.toks[j].comma {
			return false
		}
	}
	return k-p <= 8
}

// objectPreps join an object to the place it names: "a change in the
// health check".
var objectPreps = set("in", "on", "for", "at", "with", "into", "across", "around", "within", "of")
