/**
 * Facts about the digital programme itself (not in the lists): shown on the deck's background slide
 * and the publication. From the programme document approved by the city board.
 */
export const PROGRAMME = {
  /** The programme's period. */
  firstYear: 2024,
  lastYear: 2026,
  /** City board approval of the programme and its annexes (22.1.2024). */
  approvedOn: '2024-01-22',
  /** Accounting code on which the programme's costs are booked. */
  accountingCode: '1111 Digiohjelma2024'
} as const;
