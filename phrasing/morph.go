package phrasing

import "strings"

// English verb forms, just enough to turn "Mary didn't order the VMs" into
// "The VMs were not ordered" and "Bob should have rolled back" into "What
// made rolling back hard at the time?". The verbs of incident notes are a
// small, known set, so a word list beats general rules where they disagree.

// irregular maps a base form to its past participle.
var irregular = map[string]string{
	"be": "been", "do": "done", "go": "gone", "see": "seen", "know": "known", "take": "taken",
	"give": "given", "write": "written", "run": "run", "catch": "caught", "send": "sent",
	"tell": "told", "build": "built", "keep": "kept", "make": "made", "put": "put", "set": "set",
	"shut": "shut", "spend": "spent", "find": "found", "think": "thought", "bring": "brought",
	"buy": "bought", "read": "read", "lead": "led", "leave": "left", "lose": "lost", "mean": "meant",
	"meet": "met", "pay": "paid", "say": "said", "sell": "sold", "understand": "understood",
	"hold": "held", "hear": "heard", "feel": "felt", "get": "gotten", "hit": "hit", "let": "let",
	"cut": "cut", "choose": "chosen", "drive": "driven", "break": "broken", "speak": "spoken",
	"forget": "forgotten", "begin": "begun", "throw": "thrown", "draw": "drawn", "show": "shown",
	"feed": "fed", "split": "split", "spin": "spun", "stick": "stuck", "teach": "taught",
	"rebuild": "rebuilt", "rerun": "rerun", "rewrite": "rewritten", "undo": "undone",
	"proofread": "proofread", "deal": "dealt", "stand": "stood", "win": "won", "redo": "redone",
	"overlook": "overlooked", "withdraw": "withdrawn", "spot": "spotted", "upset": "upset",
	"have": "had", "sit": "sat", "fall": "fallen", "ring": "rung", "wake": "woken", "misread": "misread",
}

// irregularPast maps simple past forms that differ from the participle.
var irregularPast = map[string]string{
	"wrote": "write", "took": "take", "broke": "break", "forgot": "forget", "saw": "see",
	"did": "do", "went": "go", "knew": "know", "gave": "give", "ran": "run", "began": "begin",
	"chose": "choose", "drove": "drive", "spoke": "speak", "threw": "throw", "drew": "draw",
	"reran": "rerun", "rewrote": "rewrite", "undid": "undo", "fell": "fall", "rang": "ring",
	"woke": "wake", "got": "get", "redid": "redo",
}

// baseOfIrregular inverts irregular once at start-up.
var baseOfIrregular = func() map[string]string {
	m := make(map[string]string, len(irregular))
	for b, p := range irregular {
		if _, ok := m[p]; !ok || b == p {
			m[p] = b
		}
	}
	m["got"] = "get"
	return m
}()

// knownVerbs are base forms common in incident notes; they settle the
// spelling of regular forms (noted -> note, added -> add, stopped -> stop).
var knownVerbs = set("add", "alert", "apply", "approve", "ask", "assign", "back", "call", "cancel",
	"change", "check", "clean", "close", "commit", "communicate", "configure", "confirm",
	"create", "debug", "declare", "delete", "deploy", "detect", "disable", "document", "drain",
	"drop", "double-check", "enable", "escalate", "fail", "fix", "flag", "follow", "handle",
	"ignore", "investigate", "label", "log", "look", "merge", "migrate", "miss", "monitor",
	"move", "note", "notice", "notify", "open", "order", "page", "patch", "pause", "pin", "plan",
	"promote", "provision", "publish", "push", "realize", "reboot", "receive", "refresh",
	"release", "reload", "remove", "renew", "replace", "reply", "report", "request", "reset",
	"resize", "resolve", "respond", "restart", "restore", "retry", "revert", "review", "roll",
	"rotate", "schedule", "scale", "ship", "skip", "snooze", "start", "stop", "tag", "test",
	"track", "trigger", "try", "turn", "update", "upgrade", "use", "validate", "verify", "wait",
	"warn", "watch", "alert", "acknowledge", "ack", "archive", "audit", "backup", "block",
	"coordinate", "copy", "decide", "edit", "email", "estimate", "evaluate", "examine",
	"execute", "explain", "fill", "finish", "format", "guard", "inform", "install", "invite",
	"involve", "launch", "limit", "list", "load", "lock", "maintain", "mention", "message",
	"mute", "name", "need", "own", "pass", "pick", "ping", "prepare", "prevent", "print",
	"process", "prove", "raise", "reach", "record", "reduce", "refer", "register", "reject",
	"rename", "repair", "repeat", "reproduce", "require", "respond", "retire", "return",
	"route", "save", "scan", "secure", "share", "sign", "size", "slow", "stage", "state",
	"step", "store", "submit", "suspend", "switch", "sync", "throttle", "time", "trace",
	"trim", "tune", "uninstall", "unlock", "verify", "warm", "wipe", "work", "wrap", "zip",
	"spot", "cause", "close", "double", "rollback", "recover", "recreate", "reroute", "vet",
	"consult", "prioritize", "prioritise")

// doubling holds verbs whose last consonant doubles before -ed and -ing.
var doubling = set("stop", "plan", "run", "shut", "set", "put", "get", "cut", "drop", "ship",
	"skip", "commit", "admit", "refer", "omit", "begin", "swap", "tag", "log", "map", "scan",
	"chat", "pin", "trim", "step", "hit", "let", "rerun", "wrap", "grab", "flag", "dig", "sit",
	"spin", "plug", "stab", "tap", "zip", "spot", "slip", "submit", "regret", "permit",
	"control", "patrol", "ban", "bug", "debug", "hug", "jam", "nag", "rob", "scrap", "shop")

// particles follow a verb to make a phrasal verb: roll back, turn off.
var particles = set("back", "out", "up", "down", "over", "off", "forward", "through", "away")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isParticiple reports whether w looks like a past participle, which tells
// "should have rolled back" (a counterfactual) from "should have an owner"
// (a requirement).
func isParticiple(w string) bool {
	if _, ok := baseOfIrregular[w]; ok {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && !notEd[w]
}

// notEd are words ending in "ed" that are not past forms.
var notEd = set("need", "seed", "feed", "speed", "bleed", "breed", "shed", "exceed", "proceed",
	"succeed", "embed", "indeed", "breed", "greed", "weed", "sled", "hundred", "heed")

// baseOf returns the base form of a past participle or simple past.
func baseOf(w string) string {
	if b, ok := irregularPast[w]; ok {
		return b
	}
	if b, ok := baseOfIrregular[w]; ok {
		return b
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 4 || notEd[w] {
		return w
	}
	if strings.HasSuffix(w, "ied") && len(w) > 4 {
		return w[:len(w)-3] + "y"
	}
	stem := w[:len(w)-2]
	if knownVerbs[stem+"e"] {
		return stem + "e"
	}
	if knownVerbs[stem] {
		return stem
	}
	n := len(stem)
	if n > 2 && stem[n-1] == stem[n-2] && knownVerbs[stem[:n-1]] {
		return stem[:n-1]
	}
	if n > 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lszf", rune(stem[n-1])) {
		return stem[:n-1]
	}
	if strings.HasSuffix(stem, "e") {
		return stem // freed, agreed
	}
	for _, suf := range []string{"v", "c", "z", "u", "at", "iz", "ng", "dg", "rg", "ns", "rs", "ps", "ls"} {
		if strings.HasSuffix(stem, suf) {
			return stem + "e"
		}
	}
	return stem
}

// gerund returns the -ing form of a base verb.
func gerund(b string) string {
	switch {
	case b == "be" || b == "see":
		return b + "ing"
	case doubling[b]:
		return b + b[len(b)-1:] + "ing"
	case strings.HasSuffix(b, "ie"):
		return b[:len(b)-2] + "ying"
	case strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") && !strings.HasSuffix(b, "ye") &&
		!strings.HasSuffix(b, "oe") && len(b) > 2:
		return b[:len(b)-1] + "ing"
	}
	return b + "ing"
}

// participle returns the past participle of a base verb.
func participle(b string) string {
	if p, ok := irregular[b]; ok {
		return p
	}
	n := len(b)
	switch {
	case doubling[b]:
		return b + b[n-1:] + "ed"
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case n > 1 && b[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(b[n-2])):
		return b[:n-1] + "ied"
	}
	return b + "ed"
}

// isPlural guesses whether a noun phrase's head word is plural, to choose
// "was" or "were" in a passive rewrite.
func isPlural(head string) bool {
	switch head {
	case "data", "status", "news", "this", "that", "it":
		return false
	case "people", "these", "those", "they", "them":
		return true
	}
	n := len(head)
	return n > 2 && head[n-1] == 's' && !strings.HasSuffix(head, "ss") &&
		!strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is")
}
