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

/**
 * Loads the directory for a signed-in client and keeps it. A staff member registered a moment ago
 * may not be in the read model yet when they first sign in, so the load is repeated (every half
 * second, twenty times at most) until the signed-in member `me` is in it.
 */
export function useStaffDirectory(client, me) {
  const [staff, setStaff] = useState([]);
  const missed = useRef(new Set()); // ids looked up once already: not asked for again and again

  async function reload() {
    const {body} = await client.rest('GET', '/api/query/staff');
    setStaff(body);
    return body;
  }

  useEffect(() => {
    let tries = 0;
    let timer = null;
    const load = () => reload().then((body) => {
      if (me && !body.some((member) => member.staffId === me) && ++tries < 20) timer = setTimeout(load, 500);
    }, () => {
      if (++tries < 20) timer = setTimeout(load, 500);
    });
    load();
    return () => clearTimeout(timer);
  }, [client]);

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
