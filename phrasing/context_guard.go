package phrasing

// A never-again is blameful framing when it promises the outcome and names
// nothing anyone could check: "we will make sure this never happens again",
// "we updated our processes to ensure it does not recur". As soon as the
// same sentence names the guard, built or to be built ("we added a disk
// alert so this cannot recur", "a new lint step will keep it from happening
// again", "the fix (#412) makes sure it never happens again"), the promise
// has something behind it that a reader can verify, whatever the verb,
// tense or order of the clauses; so does a sentence that points back with
// "this" or "that" to one naming the guard. So the rule reads the nouns of
// the sentence rather than the words around the phrase. "Always make sure"
// is a call for care every time and is not read this way; with a plain
// subject ("we always double-check the region") it tells a practice.

// repeatGuards are concrete things a team builds or changes to stop a repeat.
// The detection areas ("monitoring", "alerting", "logging") count: they
// say how the failure will be caught sooner, which is what the rule asks,
// and when bare the vague-area rule asks for their specifics. Areas of
// conduct or paperwork ("processes", "policy", "steps") say nothing built.
var repeatGuards = set("alert", "alerts", "alarm", "alarms", "test", "tests", "check", "checks",
	"lint", "linter", "linters", "limit", "limits", "runbook", "runbooks", "playbook", "playbooks",
	"checklist", "checklists", "config", "configs", "configuration", "configurations", "safeguard",
	"safeguards", "guardrail", "guardrails", "validation", "validations", "threshold", "thresholds",
	"hook", "hooks", "probe", "probes", "script", "scripts", "job", "jobs", "rule", "rules", "gate",
	"gates", "canary", "canaries", "lock", "locks", "timeout", "timeouts", "retry", "retries",
	"assertion", "assertions", "prompt", "prompts", "confirmation", "quota", "quotas", "backup",
	"backups", "replica", "replicas", "failover", "redundancy", "spare", "spares", "replacement",
	"replacements", "dashboard", "dashboards", "pipeline", "monitor", "monitors", "fix", "fixes",
	"patch", "patches", "guard", "guards", "monitoring", "alerting", "logging")

// guardDenied words just before a guard noun say it is missing, which
// names nothing built: "with no alert in place we must make sure ...".
// ("Off", as in "caught off guard", is read beside them.)
var guardDenied = set("no", "lack", "without", "missing", "absent", "any")

// verbLeads just before a guard word make it a verb: "we will test",
// "always check", "to fix".
var verbLeads = set("to", "will", "'ll", "must", "should", "shall", "can", "would", "always",
	"never", "we", "i", "and", "or", "also", "please")

// promiseGuarded reports whether the sentence holding the never-again at token
// k names a guard: a guard noun used as a noun and not denied, a name the
// writer gave in code or a link, or a ticket number.
func promiseGuarded(d *doc, k int) bool {
	if d.tok(k) == "always" {
		// "Always make sure the config is right" asks for care every time;
		// the config it names is what to watch, not a guard built.
		return false
	}
	s := d.sentOf(k)
	if backRefs[d.toks[s.first].word] && s.first > 0 && guardsIn(d, d.sentOf(s.first-1)) {
		return true // "We added a queue-depth alert. This makes sure it cannot recur."
	}
	return guardsIn(d, s)
}

// backRefs open a sentence that points back to the one before it.
var backRefs = set("this", "these", "that", "those", "together", "both", "which")

// guardsIn reports whether sentence s names a guard.
func guardsIn(d *doc, s *sentence) bool {
	for j := s.first; j < s.last; j++ {
		if maskedGap(d, j) && j+1 < s.last {
			return true
		}
		w := d.toks[j].word
		if !repeatGuards[w] {
			continue
		}
		if j == s.first && (determiners[d.tok(j+1)] || d.tok(j+1) == "it" || d.tok(j+1) == "everything") {
			continue // "Check the quota so it never happens again": an imperative
		}
		if p := d.tok(j - 1); d.same(j-1, j) && (verbLeads[p] || guardDenied[p] || p == "off") {
			continue
		}
		if d.same(j-2, j) && guardDenied[d.tok(j-2)] {
			continue // "no disk alert", "lack of checks"
		}
		return true
	}
	for j := s.first + 1; j < s.last; j++ {
		if standingGuards[d.toks[j].word] {
			a := j - 1
			if d.tok(a) == "now" {
				a--
			}
			switch d.tok(a) {
			case "is", "are", "be", "been":
				if n := d.tok(a - 1); n != "it" && n != "this" && n != "that" && n != "everything" {
					return true // "because the field is now validated"; not "it is checked"
				}
			}
		}
	}
	return ticketIn(d.text[s.start:s.end])
}

// standingGuards, as a standing passive ("is now validated", "are checked"),
// name the guard as a verb.
var standingGuards = set("validated", "checked", "tested", "linted", "monitored", "limited", "locked",
	"pinned", "gated", "enforced", "rejected", "blocked", "verified", "alerted", "paged",
	"throttled", "rate-limited", "guarded")

// practiceTold reports whether an "always" at k follows a subject with no
// modal between: "we always double-check the region", "Kim always makes
// sure the backups are verified" describe a standing practice. "Always
// double-check", "we must always remember" ask for one.
func practiceTold(d *doc, k int) bool {
	if d.tok(k) != "always" || d.toks[k].clause {
		return false
	}
	p := d.tok(k - 1)
	if !d.same(k-1, k) || modalChain[p] || p == "to" || p == "'ll" || p == "let's" {
		return false
	}
	return subjectBefore(d, k) >= 0
}

// ticketIn reports whether text holds a ticket or pull-request number:
// "#4121".
func ticketIn(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '#' && text[i+1] >= '0' && text[i+1] <= '9' {
			return true
		}
	}
	return false
}
