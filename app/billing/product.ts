/** What lifetime access is called on Stripe's checkout page, receipts and the purchase page. */
export const PRODUCT_NAME = "Career Recovery Toolkit: lifetime access";
