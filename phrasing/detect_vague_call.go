package phrasing

// A call to do better that names nothing to do: "Do a better job with QA
// before making changes", "we need to do a better job of testing". It is
// an action item with no step in it. "The new balancer does a better job
// of spreading load" compares systems and "we did a better job this time"
// tells what happened: only the bare "do" of an action asks for it.

// betterJob returns the span of "do a better job" at i ("job"), or -1.
func betterJob(d *doc, i int) (int, int) {
	k := i - 1
	if d.tok(k) != "better" {
		return -1, -1
	}
	k--
	if t := d.tok(k); t == "much" || t == "far" {
		k--
	}
	if d.tok(k) != "a" || d.tok(k-1) != "do" || !d.same(k-1, i) {
		return -1, -1
	}
	return k - 1, i + 1
}
