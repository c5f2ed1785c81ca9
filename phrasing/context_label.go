package phrasing

// Conduct labels said of machines, of gaps in coverage, and in asides:
// "an overzealous rate limiter", "a lapse in certificate coverage", "it sounds dumb, but the fix was to
// restart the router". Said of a person, of someone's work ("the deploy
// was sloppy") or of judgment ("a lapse in judgment") they still flag.

// behaviourLabels describe how a machine behaves as readily as a person.
var behaviourLabels = set("overzealous", "over-zealous", "dumb", "naive", "reckless",
	"complacent", "careless", "short-sighted", "shortsighted", "stupid", "clueless", "lazy",
	"inattentive", "thoughtless")

// machineNouns after a label make it said of a machine's behaviour.
var machineNouns = set("limiter", "limiters", "retries", "retry", "pipe", "pipes", "cache",
	"caching", "eviction", "evictions", "proxy", "proxies", "balancer", "balancers", "client",
	"clients", "parser", "parsers", "scheduler", "schedulers", "probe", "probes", "timeout",
	"timeouts", "default", "defaults", "heuristic", "heuristics", "algorithm", "algorithms",
	"filter", "filters", "firewall", "autoscaler", "autoscaling", "collector", "watchdog",
	"daemon", "bot", "bots", "crawler", "crawlers", "linter", "validator", "loader", "optimizer",
	"planner", "prefetch", "prefetching", "backoff", "failover", "healthcheck", "terminal")

// lapseOf are what a lapse in judges: "a lapse in judgment".
var lapseOf = set("judgment", "judgement", "attention", "concentration", "focus", "discipline",
	"care", "diligence", "communication", "process", "procedure", "oversight", "vigilance",
	"professionalism", "our", "my", "his", "her", "their", "the")

// labelOfMachine reports whether the conduct label at k describes a
// machine, a gap, or an aside rather than anyone's conduct.
func (c *Checker) labelOfMachine(d *doc, k int) bool {
	w := d.tok(k)
	switch {
	case w == "lapse" || w == "lapses":
		n := d.tok(k + 1)
		return (n == "in" || n == "of") && d.same(k, k+2) && !lapseOf[d.tok(k+2)] &&
			c.personStartingAt(d, k+2) < 0
	case !behaviourLabels[w]:
		return false
	}
	switch d.tok(k - 1) {
	case "sounds", "sound", "seems", "seem", "looks", "look", "feels", "feel":
		return true // "it sounds dumb, but the fix was a restart"
	}
	if n := d.tok(k + 1); n == "thing" && d.same(k, k+1) {
		return true // "the stupid thing about this bug"
	}
	// Attributive: "an overzealous rate limiter", "the balancer's reckless
	// retries".
	if n := k + 1; d.same(k, n) && !d.toks[k].comma {
		nw := d.toks[n].word
		if machineNouns[nw] || machineNouns[d.tok(n+1)] && d.same(n, n+1) {
			return true // "an overzealous rate limiter"
		}
		return false
	}
	return false
}
