package phrasing

// A never-again is not a bare promise when its sentence says the remedy is
// still being worked out ("we are discussing the issue with our provider
// to ensure ..."), relays another party's promise ("the vendor assured us
// it will not recur"), or names a change to the system, as an action
// ("upgrading the server ... to prevent this") or as what an opening
// "with" phrase puts in place. Read from what unseen postmortems raised;
// see context_unseen.go.

// inquiryVerbs look into what happened; with the incident as their object
// they say the remedy is still being worked out.
var inquiryVerbs = set("understand", "understanding", "investigate", "investigating",
	"discuss", "discussing", "analyse", "analysing", "analyze", "analyzing", "examine",
	"examining", "diagnose", "diagnosing", "studying", "study")

// incidentObjects name the incident as the object of an inquiry.
var incidentObjects = set("what", "why", "how", "issue", "incident", "outage", "problem",
	"failure", "cause", "causes", "event", "events", "disruption", "breach")

// inquiryAim reports whether a never-again at k is the aim of an inquiry
// into the incident named in its sentence: "we are discussing
// the issue with our provider to ensure it does not recur", "work goes on
// to understand what happened so it never happens again". The guard is
// not known yet, which the sentence says. "We reviewed our approach to
// ensure ..." and "we will find a way to ..." name no inquiry into the
// incident and stay.
func inquiryAim(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := max(s.first, k-ctxWindow); j < s.last && j < k+ctxWindow; j++ {
		if !inquiryVerbs[d.toks[j].word] {
			continue
		}
		if j < k && writerBetween(d, j, k) {
			continue // "we missed the issue, and we will ensure ...": a promise again
		}
		for i := j + 1; i <= j+4 && i < s.last; i++ {
			if incidentObjects[d.toks[i].word] {
				return true
			}
		}
	}
	return false
}

// assuranceVerbs report what another party said it will do.
var assuranceVerbs = set("assured", "assures", "promised", "promises", "guaranteed",
	"guarantees", "told", "tells", "stated", "states", "said", "says", "claimed", "claims",
	"confirmed", "confirms")

// firstPersons are the writer's side: their promise is their own.
var firstPersons = set("we", "i", "us", "me", "our", "my", "team", "we've", "i've", "we'd")

// assuranceReported reports whether a never-again at k sits in what
// another party assured or told the writer: "the vendor has assured us the
// fault will not recur", "our host told me it would not happen again".
// The writer reports a promise they cannot rewrite. "We have assured our
// users it will never happen again" is the writer's own.
func assuranceReported(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := max(s.first, k-ctxWindow); j < k; j++ {
		if !assuranceVerbs[d.toks[j].word] {
			continue
		}
		i := j - 1
		for i >= s.first && (auxHave[d.toks[i].word] || adverbLike(&d.toks[i])) {
			i--
		}
		if i < s.first || firstPersons[d.toks[i].word] || writerBetween(d, j+1, k) {
			continue
		}
		return true
	}
	return false
}

// auxHave may stand between a subject and its verb: "has assured".
var auxHave = set("has", "have", "had", "also", "since")

// writerBetween reports whether "we" or "I" opens a clause of its own
// between tokens a and b: "the host told us of a fix, and we will make
// sure it never recurs" is the writer's promise again.
func writerBetween(d *doc, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if (d.toks[j].word == "we" || d.toks[j].word == "i") && (d.toks[j].clause || clauseWords[d.tok(j-1)]) {
			return true
		}
	}
	return false
}

// changeVerbs build or swap a part of a system.
var changeVerbs = set("upgrade", "upgrading", "upgraded", "replace", "replacing", "replaced",
	"migrate", "migrating", "migrated", "move", "moving", "moved", "add", "adding", "added",
	"rebuild", "rebuilding", "rebuilt", "split", "splitting", "resize", "resizing", "resized",
	"scale", "scaling", "scaled", "swap", "swapping", "swapped", "double", "doubling", "doubled",
	"introduce", "introducing", "introduced", "install", "installing", "installed", "provision",
	"provisioning", "provisioned")

// systemParts are the named parts a change can be made to.
var systemParts = set("server", "servers", "database", "databases", "router", "routers", "cluster",
	"clusters", "host", "hosts", "machine", "machines", "disk", "disks", "node", "nodes", "network",
	"switch", "switches", "firmware", "hardware", "instance", "instances", "volume", "volumes",
	"storage", "memory", "capacity", "queue", "queues", "broker", "brokers", "balancer",
	"balancers", "proxy", "proxies", "cache", "caches", "ups", "generator", "generators", "route",
	"routes", "link", "links", "circuit", "circuits", "replica", "replicas", "backup", "backups")

// systemChanged reports whether the sentence of a never-again at k names a
// change to a part of the system: "we will be upgrading the server that
// holds sessions to keep this from recurring", "we are moving the queue to
// its own hosts so this cannot happen again". The change is what a reader
// can check. "We updated our processes to ensure ..." names none.
func systemChanged(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := max(s.first, k-ctxWindow); j < s.last && j < k+ctxWindow; j++ {
		if !changeVerbs[d.toks[j].word] {
			continue
		}
		for i := j + 1; i <= j+5 && i < s.last; i++ {
			if systemParts[d.toks[i].word] {
				return true
			}
			if d.toks[i].comma {
				break
			}
		}
	}
	return false
}

// withDenied open a "with" phrase that names nothing in place: "with no
// alert", "with hindsight", "with that".
var withDenied = set("no", "without", "lack", "hindsight", "that", "this", "these", "those", "all",
	"regret", "respect", "apologies", "luck", "time", "help", "care")

// instrumentNamed reports whether the clause of a never-again at k opens
// with "with" and a phrase naming what is now in place: "with the new
// firmware on every router, this will not happen again", "with a
// standby server in each rack, it cannot happen again", a product named
// as the remedy. "With that, we will make sure it never happens again" and "with
// no alert in place, ..." name nothing.
func instrumentNamed(d *doc, k int) bool {
	s := d.sentOf(k)
	w := s.first
	if d.tok(w) != "with" || w >= k {
		return false
	}
	named := false
	for j := w + 1; j < k && j < w+10; j++ {
		t := &d.toks[j]
		if withDenied[t.word] || possessive(t.word) {
			return false
		}
		if t.cap || systemParts[t.word] || repeatGuards[t.word] {
			named = true
		}
		if t.comma {
			return named
		}
	}
	return false
}
