package tui

import "charm.land/bubbles/v2/key"

// importKeys review imported timeline rows in the timeline phase, on the
// notes list (esc): one key per decision, and a few to get through
// hundreds of rows.
type importKeys struct {
	Keep, Drop, Restore, Edit, Select, NextPending, Filter, Import key.Binding
}

func defaultImportKeys() importKeys {
	return importKeys{
		Keep:        bind("y", "keep", "y"),
		Drop:        bind("d", "drop", "d", "delete"),
		Restore:     bind("u", "restore", "u"),
		Edit:        bind("e", "edit", "e"),
		Select:      bind("v", "range", "v"),
		NextPending: bind("n", "next draft", "n"),
		Filter:      bind("f", "by source", "f"),
		Import:      bind("I", "import", "I"),
	}
}

func (g importKeys) bindings() []key.Binding {
	return []key.Binding{g.Keep, g.Drop, g.Restore, g.Edit, g.Select, g.NextPending, g.Filter, g.Import}
}
