import {createContext, useContext, useState, useEffect, useMemo, useRef} from './ui.js';

// The staff directory (GET /api/query/staff): colleagues' display names and roles for every page,
// the accounts' details for admins. Loaded at sign-in, again when a page asks (after a change it made)
// and once for each staff member it does not know yet when they show up (registered since).

const Directory = createContext({staff: [], nameOf: () => 'Staff', reload: async () => []});

/** The directory for the pages below it. */
export const DirectoryProvider = Directory.Provider;

/** The directory the console provides: `staff` (the list), `nameOf(staffId)`, `reload()`. */
export function useDirectory() {
  return useContext(Directory);
}

/** Loads the directory for a signed-in client and keeps it. */
export function useStaffDirectory(client) {
  const [staff, setStaff] = useState([]);
  const missed = useRef(new Set()); // ids looked up once already: not asked for again and again

  async function reload() {
    const {body} = await client.rest('GET', '/api/query/staff');
    setStaff(body);
    return body;
  }

  useEffect(() => { reload().catch(() => {}); }, [client]);

  return useMemo(() => {
    const byId = new Map(staff.map((member) => [member.staffId, member]));
    return {
      staff,
      reload,
      nameOf(staffId) {
        const member = byId.get(staffId);
        if (member) return member.displayName;
        if (staffId && !missed.current.has(staffId)) {
          missed.current.add(staffId);
          setTimeout(() => reload().catch(() => {}), 0);
        }
        return 'Staff';
      },
    };
  }, [staff]);
}
