package phrasing

// Customers and users as the ones who failed. LABELLING.md judges them like
// another organisation: "Customers did not report the outage" and "Users
// broke the server" put the failure on the people a team serves, while
// "Customers did not receive the email" and "users did not notice any
// delay" tell what happened to them.

// servedDuties are steps a team may have hoped the people it serves would
// take; not taking one is what the sentence then holds against them.
var servedDuties = set("report", "tell", "alert", "notify", "contact", "inform", "warn", "update",
	"upgrade", "patch", "apply", "follow", "read", "heed", "respond", "reply", "rotate", "renew",
	"install", "migrate", "configure", "enable", "restart", "reset", "change", "back", "check",
	"verify", "test", "escalate", "pay", "register")

// servedHarms are acts that, with the people served as subject, say they
// did the damage.
var servedHarms = set("broke", "damaged", "destroyed", "wrecked")

// servedPlurals add to humanPlurals the other names teams give the people
// they serve (developers, partners and the like are roles already).
var servedPlurals = set("clients", "readers", "callers", "residents", "patients", "shoppers",
	"viewers", "listeners", "fans")

// servedFailure reports whether the subject ending at j is a group of the
// people a team serves ("customers", "none of our users", "many
// subscribers"), and the verb at i with what follows it at next holds a
// failure against them. It returns the first token of the group, or -1.
func servedFailure(d *doc, i, j, next int, negated bool) int {
	if j < 0 || j >= len(d.toks) {
		return -1
	}
	head := j
	if groupWords[d.toks[j].word] {
		// "Some of the residents did not heed": the subject found may be
		// the quantifier; the group is the noun after "of".
		for k := j + 1; k <= j+4 && k < i && d.same(j, k); k++ {
			if w := d.toks[k].word; humanPlurals[w] || servedPlurals[w] {
				head = k
				break
			}
		}
	}
	if w := d.toks[head].word; !humanPlurals[w] && !servedPlurals[w] {
		return -1
	}
	switch {
	case negated:
		if !d.same(i, next) || !servedDuties[baseOf(d.tok(skipManner(d, next)))] {
			return -1
		}
	case !servedHarms[d.toks[i].word]:
		return -1
	}
	if p := head - 1; head == j && p >= 0 && d.same(p, j) && !d.toks[j].clause && !d.toks[p].comma &&
		!determiners[d.toks[p].word] && !groupWords[d.toks[p].word] && !possessive(d.toks[p].word) &&
		!joiners[d.toks[p].word] {
		return -1 // "cluster members did not respond": a compound names machines
	}
	start := j
	for k := j - 1; head == j && k >= j-4 && k >= 0 && d.same(k, j); k-- {
		t := d.toks[k].word
		if !determiners[t] && !groupWords[t] && !possessive(t) {
			break
		}
		start = k
		if d.toks[k].clause {
			break
		}
	}
	return start
}

// groupWords stand before a group of people: "none of our customers",
// "most users", "some of the subscribers".
var groupWords = set("none", "of", "most", "many", "some", "all", "few", "those", "these",
	"affected", "enterprise", "paying", "existing")

// joiners open a clause that the group is the subject of: "the page went
// to an old phone and customers did not tell us".
var joiners = set("and", "but", "or", "so", "then", "yet", "because", "since", "while", "when",
	"although", "though")
