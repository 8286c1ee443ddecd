// The portal's one stylesheet, served from /portal.css (a file of our own: the CSP allows no
// inline styles). Phone first, large touch targets, WCAG AA contrast, visible focus.
export const portalCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;hyphens:auto;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans SC","Noto Sans CJK SC",sans-serif;font-size:1.0625rem;line-height:1.55;color:#1f2933;background:#f7f5f2}
header,main,footer{max-width:34rem;margin:0 auto;padding:0 1rem}
header{padding-top:.75rem}
main{background:#fff;border-radius:12px;padding:1.25rem 1rem 1.5rem;margin-top:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
main:focus{outline:none}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem;color:#12344d}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;color:#12344d}
p{margin:0 0 1rem}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#12344d;color:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{left:0}
.languages{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;margin:0;padding:0;font-size:.95rem;justify-content:flex-end}
.languages a{display:inline-block;padding:.35rem .25rem;min-height:44px;line-height:2}
.languages a[aria-current]{font-weight:700;color:#12344d;text-decoration:none}
.balance{display:grid;gap:.35rem;margin:0 0 1rem;padding:1rem;background:#eef5fb;border-radius:8px}
.balance div{display:flex;flex-wrap:wrap;justify-content:space-between;column-gap:1rem}
.balance dt{color:#3e4c59}
.balance dd{margin:0 0 0 auto;font-weight:700;text-align:right;overflow-wrap:break-word;max-width:100%}
.overdue{color:#8a4b00}
.actions{list-style:none;margin:0 0 1rem;padding:0;display:grid;gap:.6rem}
.actions a{display:block;padding:.85rem 1rem;border:2px solid #0b5cad;border-radius:8px;text-decoration:none;font-weight:600;min-height:48px}
.actions a:hover{background:#eef5fb}
label,legend{display:block;font-weight:600;margin:0 0 .35rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0;min-width:0}
.hint{display:block;font-weight:400;color:#52606d;font-size:.95rem;margin:0 0 .4rem}
input[type=date],input[type=number],input[type=text],input[type=time],select,textarea{width:100%;font:inherit;padding:.65rem .75rem;border:2px solid #7b8794;border-radius:6px;background:#fff;color:inherit;min-height:48px}
textarea{min-height:7rem}
.field{margin:0 0 1.25rem}
.choice{display:flex;gap:.65rem;align-items:flex-start;padding:.7rem .75rem;border:2px solid #cbd2d9;border-radius:8px;margin:0 0 .5rem;font-weight:400}
.choice>span{min-width:0;overflow-wrap:anywhere}
.choice input{width:1.35rem;height:1.35rem;margin:.15rem 0 0;flex:none;accent-color:#0b5cad}
.choice:has(input:checked){border-color:#0b5cad;background:#eef5fb}
.hours{display:grid;gap:.75rem}
@media (min-width:30rem){.hours{grid-template-columns:1fr 1fr}}
button{font:inherit;font-weight:700;color:#fff;background:#0b5cad;border:0;border-radius:8px;padding:.85rem 1.25rem;min-height:48px;width:100%;cursor:pointer}
button:hover{background:#094a8c}
.notice{border-radius:8px;padding:.9rem 1rem;margin:0 0 1.25rem;border-left:6px solid}
.notice p{margin:0}
.notice.success{background:#e8f6ee;border-color:#1f7a4a;color:#124b2e}
.notice.error{background:#fdecea;border-color:#b3261e;color:#7a1a14}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b3261e;border-width:3px}
fieldset[aria-invalid=true] .choice{border-color:#b3261e}
.plan{border:2px solid #cbd2d9;border-radius:8px;padding:.75rem;margin:0 0 .75rem}
.plan:has(input:checked){border-color:#0b5cad;background:#f4f9fd}
.plan .choice{border:0;padding:0;background:none;margin:0 0 .25rem;font-weight:600}
.plan .meta{margin:0 0 .25rem 2rem;color:#3e4c59;font-size:.95rem}
details{margin:.25rem 0 0 2rem}
summary{cursor:pointer;color:#0b5cad;min-height:32px}
table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.5rem 0 0}
th,td{text-align:left;padding:.35rem .25rem;border-bottom:1px solid #e4e7eb}
td.amount,th.amount{text-align:right;font-variant-numeric:tabular-nums}
.lesson p{max-width:36em}
video{width:100%;border-radius:8px;margin:0 0 1rem;background:#000}
.back{margin:1.5rem 0 0}
footer{color:#52606d;font-size:.9rem;padding-top:1rem;padding-bottom:2rem}
.field-error{display:block;color:#b3261e;font-weight:600;margin:0 0 .35rem}
.notice ul{margin:.35rem 0 0;padding-left:1.25rem}
.notice.error a{color:#7a1a14}
.brand{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem;margin:0 0 .5rem;padding:.6rem .85rem;border-radius:8px;background:#12344d;color:#fff;font-weight:700;font-size:1.1rem;line-height:1.3;overflow-wrap:break-word}
.brand span{min-width:0}
.brand img{height:2rem;width:auto;max-width:8rem;background:#fff;border-radius:4px;padding:2px;flex:none}
.lender h2{font-size:1rem;margin:0 0 .4rem;color:#1f2933}
.contact{margin:0 0 1rem}
.contact dt{font-weight:600;color:#3e4c59;margin:.4rem 0 0}
.contact dd{margin:0;overflow-wrap:anywhere}
.lender p{overflow-wrap:anywhere}
.agreed{list-style:none;padding:0;margin:0 0 1rem}
.agreed>li{border-left:4px solid #0b5cad;background:#f4f9fd;padding:.5rem .75rem;margin:0 0 .75rem;border-radius:0 6px 6px 0}
.agreed p{margin:0 0 .35rem;overflow-wrap:break-word}
.manage{list-style:none;padding:0;margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.35rem 1.25rem}
.agreed details{margin:.25rem 0 0}
.agreed table{font-size:.9rem}
.date-parts{display:flex;flex-wrap:wrap;gap:.5rem .75rem}
.date-part{display:flex;flex-direction:column;min-width:0}
.date-part.day{flex:0 1 5rem}
.date-part.month{flex:1 1 10rem}
.date-part.year{flex:0 1 6.5rem}
.date-part label{font-weight:600;margin:0 0 .25rem}
`;
