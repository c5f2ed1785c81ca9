package phrasing

// The rarer shapes of the writer judging its own stance (see
// detect_stance.go): care graded with a wink, a miss set against the
// reader's quick look, a check not taken named as a failure, and a stance
// named as a fault.

// asMuchAsExpected finds "got about as much thought as you'd expect": the
// writer's care graded with a wink at the reader.
func asMuchAsExpected(d *doc, i int) (int, int) {
	if d.tok(i-2) != "as" || d.tok(i-1) != "much" && d.tok(i-1) != "little" || d.tok(i+1) != "as" {
		return -1, -1
	}
	for k := i + 2; k <= i+4 && d.same(i, k); k++ {
		if w := d.tok(k); w == "expect" || w == "expected" || w == "imagine" || w == "guess" {
			a := i - 2
			if p := d.tok(a - 1); p == "about" || p == "roughly" || p == "exactly" || p == "just" {
				a--
			}
			return a, k + 1
		}
	}
	return -1, -1
}

// minimisedMiss finds "You'll spot it in five seconds. I didn't.": the
// writer's miss set against how quickly the reader sees it. The "didn't"
// (or "did not") at i ends its sentence and has the writer as subject; the
// sentence or the one before gives the reader the quick look.
func minimisedMiss(d *doc, i int) (int, int) {
	sent := d.sentOf(i)
	if i != sent.last-1 {
		return -1, -1
	}
	a := i
	if d.tok(i) == "not" {
		if d.tok(i-1) != "did" {
			return -1, -1
		}
		a = i - 1
	}
	self := -1
	for k := a - 1; k >= max(sent.first, a-8); k-- {
		if w := d.tok(k); w == "i" || w == "we" {
			self = k
			break
		}
	}
	if self < 0 {
		return -1, -1
	}
	from := sent.first
	if ps := int(d.toks[i].sent) - 1; ps >= 0 && self == sent.first {
		from = d.sents[ps].first
	}
	for k := from; k < self; k++ {
		w := d.tok(k)
		if w != "you'll" && w != "you" && w != "anyone" && w != "everyone" {
			continue
		}
		for j := k + 1; j <= k+3 && j < self; j++ {
			if spotVerbs[d.tok(j)] {
				return self, i + 1
			}
		}
	}
	return -1, -1
}

// failureToCheck finds "both were failures to go and check something
// cheap" and "repeated failures to verify": the writer's look not taken,
// named as a failure. "The failure to verify the signature was logged" is
// a system event and stays quiet.
func failureToCheck(d *doc, i int) (int, int) {
	if d.tok(i+1) != "to" || !repeatWords[d.tok(i-1)] || !d.same(i-1, i+1) {
		return -1, -1
	}
	v := i + 2
	if d.tok(v) == "go" && d.tok(v+1) == "and" {
		v += 2
	}
	if !checkVerbs[d.tok(v)] || !d.same(i, v) {
		return -1, -1
	}
	return i - 1, v + 1
}

// auxOrSelf reports whether w may come right before an aside between a
// subject and its verb: "I had, for an hour, refused".
func auxOrSelf(w string) bool {
	return w == "had" || w == "have" || w == "has" || w == "was" || w == "were" || selfPronouns[w]
}

// ownStanceNoun finds "my stubbornness cost us a day", "sheer arrogance
// on my part" and a fragment such as "Hubris, basically." at the stance
// noun i.
func ownStanceNoun(d *doc, i int) (int, int) {
	o := i - 1
	if i == d.sentOf(i).first && d.toks[i].comma && d.same(i, i+1) && adverbLike(&d.toks[i+1]) {
		// A fragment naming the stance with a shrug: "Hubris, basically."
		// A bare "Laziness." is a term being defined.
		return i, i + 1
	}
	if !stanceOwners[d.tok(o)] || !d.same(o, i) {
		return -1, -1
	}
	if d.tok(o) == "own" && (d.tok(o-1) == "my" || d.tok(o-1) == "our") {
		o--
	}
	if n := d.tok(i + 1); i+1 < d.sentOf(i).last && !d.toks[i].comma && !stanceAfter[n] && !isParticiple(n) {
		return -1, -1
	}
	return o, i + 1
}
