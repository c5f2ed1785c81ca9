package model

// FlagCount is how many phrasing flags a session leaves open: in all, per
// phase and per note.
type FlagCount struct {
	Total   int
	ByPhase map[string]int
	ByNote  map[int]int
}

// OpenFlags counts the flags check raises on every live note, whys
// included, that the facilitator did not dismiss. check returns the ids
// of the rules that flag a text. The screen, the wrap-up and the export
// count with this one rule.
func (s *State) OpenFlags(check func(text string) []string) FlagCount {
	c := FlagCount{ByPhase: map[string]int{}, ByNote: map[int]int{}}
	for _, n := range s.notes {
		open := 0
		for _, rule := range check(n.Text) {
			if !n.IsDismissed(rule) {
				open++
			}
		}
		if open > 0 {
			c.Total += open
			c.ByPhase[n.Phase] += open
			c.ByNote[n.ID] = open
		}
	}
	return c
}
