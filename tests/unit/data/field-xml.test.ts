import { fieldByKey, IDEAS, METRIC_VALUES, ROADMAP_ACTIONS, STATUS_UPDATES } from '../../../src/core/schema';
import { fieldSchemaXml, normaliseCaml, schemaVersionFieldXml, viewFieldName, viewQuery } from '../../../src/data/provision/field-xml';

describe('field schema XML from the schema module', () => {
  it('fixes the internal name and uses the Finnish label as display name', () => {
    const xml = fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'description'));
    expect(xml).toBe('<Field Type="Note" Name="DtDescription" StaticName="DtDescription" DisplayName="Kuvaus" Required="FALSE" NumLines="6" RichText="FALSE" AppendOnly="FALSE" />');
  });

  it('makes a unique text field indexed, with its maximum length', () => {
    const xml = fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'code'));
    expect(xml).toContain('Type="Text"');
    expect(xml).toContain('Indexed="TRUE"');
    expect(xml).toContain('EnforceUniqueValues="TRUE"');
    expect(xml).toContain('MaxLength="32"');
  });

  it('writes choices with their stored values, and FillInChoice for an editable choice', () => {
    const director = fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'responsibleDirector'));
    expect(director).toContain('Type="Choice"');
    expect(director).toContain('FillInChoice="TRUE"');
    expect(director).toContain('<CHOICE>Elinvoimajohtaja</CHOICE>');
    const status = fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'status'));
    expect(status).toContain('FillInChoice="FALSE"');
    expect(status).toContain('<CHOICE>Käynnissä</CHOICE>');
  });

  it('writes a multi-choice as MultiChoice', () => {
    const xml = fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'beneficiaries'));
    expect(xml).toMatch(/^<Field Type="MultiChoice" /);
    expect(xml).toContain('<CHOICE>kuntalaiset</CHOICE>');
  });

  it('points a lookup at the target list by id and a person field at the user list', () => {
    const lookup = fieldSchemaXml(fieldByKey(STATUS_UPDATES, 'action'), 'AB12-CD');
    expect(lookup).toContain('Type="Lookup"');
    expect(lookup).toContain('List="{AB12-CD}"');
    expect(lookup).toContain('ShowField="Title"');
    expect(lookup).toContain('Required="TRUE"');
    expect(() => fieldSchemaXml(fieldByKey(STATUS_UPDATES, 'action'))).toThrow(/needs the id/);
    const user = fieldSchemaXml(fieldByKey(IDEAS, 'proposer'));
    expect(user).toContain('Type="User"');
    expect(user).toContain('UserSelectionMode="PeopleOnly"');
    expect(user).toContain('Mult="FALSE"');
  });

  it('stores money in euros with Finnish formatting, percents as 0–100, years without decimals', () => {
    expect(fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'oneTimeCost'))).toContain('Type="Currency" Name="DtOneTimeCost"');
    expect(fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'oneTimeCost'))).toContain('LCID="1035"');
    expect(fieldSchemaXml(fieldByKey(ROADMAP_ACTIONS, 'progress'))).toContain('Min="0" Max="100"');
    expect(fieldSchemaXml(fieldByKey(METRIC_VALUES, 'year'))).toContain('Decimals="0" Min="2000" Max="2099"');
  });

  it('escapes XML in labels', () => {
    const xml = fieldSchemaXml({ key: 'x', internalName: 'DtX', kind: 'text', since: 1, labels: { fi: 'A & B "C" <D>', sv: 's', en: 'e' } });
    expect(xml).toContain('DisplayName="A &amp; B &quot;C&quot; &lt;D&gt;"');
  });

  it('defines the hidden schema version field with the version as default value', () => {
    expect(schemaVersionFieldXml(2)).toBe('<Field Type="Number" Name="DtSchemaVersion" StaticName="DtSchemaVersion" DisplayName="DtSchemaVersion" Hidden="TRUE" Required="FALSE" Decimals="0"><Default>2</Default></Field>');
  });
});

describe('views from the schema module', () => {
  it('builds the CAML query from where and order', () => {
    const active = ROADMAP_ACTIONS.views.filter((v) => v.key === 'active')[0];
    expect(viewQuery(ROADMAP_ACTIONS, active)).toBe('<Where><Eq><FieldRef Name="DtStatus"/><Value Type="Choice">Käynnissä</Value></Eq></Where><OrderBy><FieldRef Name="Title" Ascending="TRUE" /></OrderBy>');
  });

  it('shows the title as the linked title column', () => {
    expect(viewFieldName(ROADMAP_ACTIONS, 'title')).toBe('LinkTitle');
    expect(viewFieldName(ROADMAP_ACTIONS, 'owner')).toBe('DtOwner');
  });

  it('compares CAML regardless of whitespace, quotes and case', () => {
    expect(normaliseCaml('<OrderBy> <FieldRef Name=\'DtCode\' Ascending="TRUE"/></OrderBy>')).toBe(normaliseCaml('<OrderBy><FieldRef Name="DtCode" Ascending="true"/></OrderBy>'));
  });
});
