import { EmulatorStore } from '../../server/emulator/store/store';

/** SharePoint Online supports 50 000 items with unique permissions per list; the emulator refuses the next one alike. */
describe('emulator: unique permission scopes per list', () => {
  it('refuses to break inheritance on the 50 001st item of a list, and counts again after a reset', () => {
    const store = new EmulatorStore();
    const list = store.createList({ title: 'Scopes' });
    const admin = store.siteAdmin.id;
    const ids: number[] = [];
    for (let i = 0; i <= EmulatorStore.MAX_UNIQUE_SCOPES_PER_LIST; i++) ids.push(store.addItem(list, { Title: `item ${i}` }, admin).id);
    for (const id of ids.slice(0, EmulatorStore.MAX_UNIQUE_SCOPES_PER_LIST)) store.breakRoleInheritance({ list, item: store.item(list, id) }, true, false);
    const last = store.item(list, ids[ids.length - 1]);
    expect(() => store.breakRoleInheritance({ list, item: last }, true, false)).toThrow(/too many items with unique permissions/);
    store.resetRoleInheritance({ list, item: store.item(list, ids[0]) });
    expect(() => store.breakRoleInheritance({ list, item: last }, true, false)).not.toThrow();
  });
});
