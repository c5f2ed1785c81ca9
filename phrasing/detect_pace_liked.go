package phrasing

// The team's pace graded against what it wanted: "we could not restore
// it as quickly as we would have liked", "we were not as fast as we'd
// like". The bar is the writer's own, set with what they know now.

// likedVerbs close the comparison with the writer's wish.
var likedVerbs = set("liked", "like", "wanted", "want", "hoped", "hope", "expected", "wished")

// wishers are the writer's side in "as we would have liked".
var wishers = set("we", "i", "we'd", "i'd", "anyone", "everyone", "our")

// paceAsLiked returns the span from "as" to the wish when the pace word at
// i is compared with what the writer wanted, or -1, -1.
func paceAsLiked(d *doc, i int) (int, int) {
	if d.tok(i-1) != "as" || d.tok(i+1) != "as" || !wishers[d.tok(i+2)] || !d.same(i-1, i+2) {
		return -1, -1
	}
	if !teamPaced(d, i-1) {
		return -1, -1 // "the disk did not drain as fast as we would have liked"
	}
	for j := i + 3; j < i+7 && d.same(i, j); j++ {
		if likedVerbs[d.tok(j)] {
			return i - 1, j + 1
		}
		switch d.tok(j) {
		case "would", "have", "had", "could", "might", "customers", "users", "you":
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// pacedTeam names the people whose pace is graded.
var pacedTeam = set("we", "i", "us", "we've", "we're", "we'd", "team", "engineers", "response",
	"responders", "staff", "support")

// teamPaced reports whether the clause before a names the team as the one
// whose pace it is: "we were not able to fix it", "it took us".
func teamPaced(d *doc, a int) bool {
	team := false
	for j := a - 1; j >= 0 && j > a-14 && d.same(j, a); j-- {
		if hinderVerbs[d.tok(j)] {
			return false // "the missing driver delayed us getting it up as fast as we liked"
		}
		if pacedTeam[d.tok(j)] {
			team = true
		}
		if d.toks[j].clause {
			break
		}
	}
	return team
}

// hinderVerbs give what slowed the team, so the pace is explained.
var hinderVerbs = set("delayed", "slowed", "prevented", "kept", "stopped", "hampered", "hindered",
	"blocked")
