// The menu of a partner's verifier: what its partner provides — 人才码核验 and 合作服务 for art. 23's card
// services (hospitals, schools, banks, scenic spots …), 核销人才房票 for a seller of 椒江's housing vouchers.

import { NavLink } from 'react-router-dom';
import { useLoad } from '../hooks';
import { cardsApi, type Partner } from './api';

export const HOUSING_VOUCHER_SERVICE = 'housing_voucher';
/** Whether the partner provides any of art. 23's card services (not only partner-only ones such as the seller's 房票). */
export const offersCardServices = (p: Partner): boolean => p.services.some((s) => s.code !== HOUSING_VOUCHER_SERVICE);
export const redeemsHousingVouchers = (p: Partner): boolean => p.services.some((s) => s.code === HOUSING_VOUCHER_SERVICE);

export function PartnerNav() {
  const partner = useLoad(() => cardsApi.partner(), []);
  const p = partner.data;
  // Until the partner is known (or if it cannot be read), the card links as before.
  const cards = !p || offersCardServices(p);
  return (
    <>
      {cards && <NavLink to="/cards/verify" data-testid="nav-card-verify">人才码核验</NavLink>}
      {cards && <NavLink to="/services/partner" data-testid="nav-partner-services">合作服务</NavLink>}
      {p && redeemsHousingVouchers(p) && <NavLink to="/housing-vouchers/redeem" data-testid="nav-hv-redeem">核销人才房票</NavLink>}
    </>
  );
}
