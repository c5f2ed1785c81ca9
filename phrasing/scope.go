package phrasing

// Where a rule runs. Most rules run on every text debrief checks. A rule
// scoped to the meeting (calls to be more careful, "just", "obviously",
// vague areas named as factors, punishment, a duty missed with no one
// named) runs in the live meeting, where a flag costs a glance and the
// facilitator can ask the question aloud; on written postmortems nobody
// here wrote these rules were right at most half the time the first time
// they met them (bench/README.md has the figures), so `debrief lint`
// leaves them out unless asked.
const (
	// ScopeMeeting marks a rule that runs in the meeting and not on
	// documents, unless a rules file's `enable` lists it.
	ScopeMeeting = "meeting"
	// ScopeAnywhere is the default scope, written out when a team file
	// redefines a meeting rule to run on documents too.
	ScopeAnywhere = "anywhere"
)

// ForDocuments returns the rule set `debrief lint` runs on written
// postmortems: r, with the findings of rules scoped to the meeting left
// out. Those rules still run, so a phrase one of them covers is not
// reported again by a wider rule it used to absorb. r itself is unchanged;
// the meeting keeps every rule.
func (r *Rules) ForDocuments() *Rules {
	out := r.clone()
	out.documents = true
	return out
}

// hidden is the set of rule ids whose findings a checker on r leaves out.
func (r *Rules) hidden() map[string]bool {
	if !r.documents {
		return nil
	}
	var ids map[string]bool
	for _, x := range r.rules {
		if x.Scope == ScopeMeeting {
			if ids == nil {
				ids = map[string]bool{}
			}
			ids[x.ID] = true
		}
	}
	return ids
}

// dropHidden removes the findings of hidden rules, keeping order.
func dropHidden(fs []Finding, hide map[string]bool) []Finding {
	if hide == nil {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if !hide[f.Rule] {
			kept = append(kept, f)
		}
	}
	return kept
}

// MeetingOnly lists the ids of the rules ForDocuments leaves out, in file
// order.
func (r *Rules) MeetingOnly() []string {
	var ids []string
	for _, x := range r.rules {
		if x.Scope == ScopeMeeting {
			ids = append(ids, x.ID)
		}
	}
	return ids
}

// everywhere returns x ready to run on documents as well: a copy with the
// meeting scope dropped, so the shared default rule is never changed.
func everywhere(x *rule) *rule {
	c := *x
	c.Scope = ""
	return &c
}
