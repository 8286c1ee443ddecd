import { Route, Switch, useParams } from 'wouter';
import { BorrowerPageView } from './BorrowerPageView';
import { BorrowerSearch } from './BorrowerSearch';

function OpenBorrower() {
  const { externalId } = useParams<{ externalId: string }>();
  return <BorrowerPageView key={externalId} externalId={decodeURIComponent(externalId)} />;
}

/** Borrowers (agents): search (`/borrowers`) and one borrower's page (`/borrowers/<id>`). */
export function BorrowersScreen() {
  return (
    <Switch>
      <Route path="/borrowers/:externalId">
        <OpenBorrower />
      </Route>
      <Route>
        <BorrowerSearch />
      </Route>
    </Switch>
  );
}
